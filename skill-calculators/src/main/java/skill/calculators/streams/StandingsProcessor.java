package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import skill.core.skills.PlayerMatchLine;
import skill.core.standings.BadgeEvents;
import skill.core.standings.Ranking;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage two, per season (input keyed by season): keeps every player's match lines and, when they
 * changed, ranks the season again — as of every matchday from the earliest one that changed, and
 * now. Publishes standings only when a number changed, and the top 10 with its badge events only
 * when the top 10 changed, so a recomputation that changes nothing publishes nothing.
 */
final class StandingsProcessor implements Processor<String, LineUpdate, String, Object> {
    /** Seasons kept decoded per task: the current one (its lines and published standings, ~10 MB a skill). */
    static final int CACHED_SEASONS = 1;
    private final StandingsCalculator calculator;
    private final Duration flushInterval;
    private final FactToRanking latency;
    /** Per season, the publish time of the earliest fact not yet ranked; a metric only, so not in a store. */
    private final Map<String, Long> unrankedSince = new HashMap<>();
    private FlushPace pace;
    private ProcessorContext<String, Object> context;
    private GroupCache<PlayerMatchLine, PlayerMatchLine> lines;
    private GroupCache<Standings, Standings> published;
    private DirtyKeys dirtySeasons;

    StandingsProcessor(StandingsCalculator calculator, Duration flushInterval, FactToRanking latency) {
        this.calculator = calculator;
        this.flushInterval = flushInterval;
        this.latency = latency;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        // A new cache on every init: after a restart, rebalance or revived task it loads from the store again.
        this.lines = GroupCache.of(context.getStateStore(StoreNames.SEASON_LINES), CACHED_SEASONS);
        this.published = GroupCache.of(context.getStateStore(StoreNames.PUBLISHED_STANDINGS), CACHED_SEASONS);
        this.dirtySeasons = new DirtyKeys(context, StoreNames.DIRTY_SEASONS);
        this.pace = FlushPace.schedule(context, flushInterval,
                () -> dirtySeasons.drain().forEach((season, from) -> flush(season, from.intValue())));
    }

    @Override
    public void process(Record<String, LineUpdate> record) {
        LineUpdate u = record.value();
        pace.arrived(record.timestamp(), context.currentSystemTimeMs());
        String key = StoreNames.key(u.season(), u.playerId(), u.matchId());
        PlayerMatchLine old = lines.get(u.season(), key);
        lines.put(u.season(), key, u.line(), u.line());
        int changedFrom = Math.min(old == null ? Integer.MAX_VALUE : old.matchday(),
                u.line() == null ? Integer.MAX_VALUE : u.line().matchday());
        dirtySeasons.mark(u.season(), changedFrom);
        unrankedSince.merge(u.season(), record.timestamp(), Math::min);
    }

    private void flush(String season, int fromMatchday) {
        Map<String, List<PlayerMatchLine>> byPlayer = new TreeMap<>();
        int lastMatchday = 0;
        for (PlayerMatchLine line : lines.group(season).values()) {
            byPlayer.computeIfAbsent(line.playerId(), p -> new ArrayList<>()).add(line);
            lastMatchday = Math.max(lastMatchday, line.matchday());
        }
        String rankingKey = calculator.model().skill().rankingKey(season);
        Standings asOfLast = null;
        for (int matchday = Math.max(1, fromMatchday); matchday <= lastMatchday; matchday++) {
            Standings asOf = calculator.standings(season, matchday, byPlayer);
            asOfLast = asOf;
            String storeKey = StoreNames.key(season, Integer.toString(matchday));
            if (changed(published.get(season, storeKey), asOf)) {
                published.put(season, storeKey, asOf, asOf);
                forward(rankingKey + "|" + matchday, new StandingsAsOf(asOf));
            }
        }
        retractMatchdaysAfter(season, lastMatchday, rankingKey);
        // As of the latest matchday every line counts: those are the current standings, computed once.
        publishCurrent(season, rankingKey, asOfLast != null ? asOfLast : calculator.standings(season, byPlayer));
        Long since = unrankedSince.remove(season);
        if (since != null) {
            latency.record(Duration.ofMillis(Math.max(0, context.currentSystemTimeMs() - since)));
        }
    }

    /** Matchdays whose every line was deleted or corrected away no longer have standings. */
    private void retractMatchdaysAfter(String season, int lastMatchday, String rankingKey) {
        List<String> gone = new ArrayList<>();
        for (String key : published.group(season).keySet()) {
            int at = key.lastIndexOf(StoreNames.SEPARATOR);
            if (at >= 0 && Integer.parseInt(key.substring(at + 1)) > lastMatchday) {
                gone.add(key.substring(at + 1));
            }
        }
        gone.sort(null); // in the store's key order, as when they were scanned from it
        for (String matchday : gone) {
            published.put(season, StoreNames.key(season, matchday), null, null);
            forward(rankingKey + "|" + matchday, new StandingsAsOf(null));
        }
    }

    private void publishCurrent(String season, String rankingKey, Standings now) {
        Standings before = published.get(season, season);
        if (!changed(before, now)) {
            return;
        }
        published.put(season, season, now, now);
        forward(rankingKey, now);
        Ranking previousTop = before == null ? null : before.ranking();
        Ranking top = now.ranking();
        if (!top.equals(previousTop)) {
            forward(rankingKey, top);
            BadgeEvents.between(previousTop, now).forEach(e -> forward(e.playerId(), e));
        }
    }

    /**
     * Any field, updatedAt included: the last message must carry the latest fact counted whatever the
     * flushes' timing, so a run, a rerun and a rebuild end byte-identical. Unchanged means unpublished.
     */
    private static boolean changed(Standings before, Standings now) {
        return !now.equals(before);
    }

    private void forward(String key, Object value) {
        context.forward(new Record<>(key, value, context.currentSystemTimeMs()));
    }
}
