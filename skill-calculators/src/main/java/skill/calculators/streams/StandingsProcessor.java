package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import skill.core.codec.Json;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.RankingKey;
import skill.core.skills.Skill;
import skill.core.standings.BadgeEvents;
import skill.core.standings.Ranking;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stage two, per skill and season (input keyed by their {@link RankingKey}): keeps every player's match
 * lines and, when they changed, ranks the skill's season again — as of every matchday from the
 * earliest one that changed, and now. Publishes standings only when a number changed, and the top
 * 10 with its badge events only when the top 10 changed, so a recomputation that changes nothing
 * publishes nothing.
 */
final class StandingsProcessor implements Processor<String, LineUpdate, String, Object> {
    /** Seasons kept in memory per skill and task: the current one (lines decoded, published standings as JSON). */
    static final int CACHED_SEASONS = 1;
    private final Map<Skill, StandingsCalculator> calculators = new EnumMap<>(Skill.class);
    private final Duration flushInterval;
    private final FactToRanking latency;
    /** Per skill and season, the publish time of the earliest fact not yet ranked; a metric only, so not in a store. */
    private final Map<String, Long> unrankedSince = new HashMap<>();
    private FlushPace pace;
    private ProcessorContext<String, Object> context;
    private GroupCache<PlayerMatchLine, PlayerMatchLine> lines;
    /** As published, their JSON: far smaller on the heap than the decoded objects, and compared as is. */
    private GroupCache<byte[], byte[]> published;
    private DirtyKeys dirtySeasons;

    StandingsProcessor(List<StandingsCalculator> calculators, Duration flushInterval, FactToRanking latency) {
        calculators.forEach(c -> this.calculators.put(c.model().skill(), c));
        this.flushInterval = flushInterval;
        this.latency = latency;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        // A new cache on every init: after a restart, rebalance or revived task it loads from the store again.
        int cached = CACHED_SEASONS * calculators.size();
        this.lines = GroupCache.of(context.getStateStore(StoreNames.SEASON_LINES), cached);
        this.published = GroupCache.of(context.getStateStore(StoreNames.PUBLISHED_STANDINGS), cached);
        this.dirtySeasons = new DirtyKeys(context, StoreNames.DIRTY_SEASONS);
        this.pace = FlushPace.schedule(context, flushInterval,
                () -> dirtySeasons.drain().forEach((key, from) -> flush(RankingKey.parse(key), from.intValue())));
        GroupCache.dropIdleOnSchedule(context, pace, lines, published);
    }

    @Override
    public void process(Record<String, LineUpdate> record) {
        LineUpdate u = record.value();
        pace.arrived(record.timestamp(), context.currentSystemTimeMs());
        String group = u.rankingKey().key();
        String key = StoreNames.key(group, u.playerId(), u.matchId());
        PlayerMatchLine old = lines.get(group, key);
        lines.put(group, key, u.line(), u.line());
        int changedFrom = Math.min(old == null ? Integer.MAX_VALUE : old.matchday(),
                u.line() == null ? Integer.MAX_VALUE : u.line().matchday());
        dirtySeasons.mark(group, changedFrom);
        unrankedSince.merge(group, record.timestamp(), Math::min);
    }

    private void flush(RankingKey current, int fromMatchday) {
        StandingsCalculator calculator = calculators.get(current.skill());
        String season = current.season();
        String group = current.key();
        Map<String, List<PlayerMatchLine>> byPlayer = new TreeMap<>();
        int lastMatchday = 0;
        for (PlayerMatchLine line : lines.group(group).values()) {
            byPlayer.computeIfAbsent(line.playerId(), p -> new ArrayList<>()).add(line);
            lastMatchday = Math.max(lastMatchday, line.matchday());
        }
        Standings asOfLast = null;
        for (int matchday = Math.max(1, fromMatchday); matchday <= lastMatchday; matchday++) {
            Standings asOf = calculator.standings(season, matchday, byPlayer);
            asOfLast = asOf;
            String storeKey = StoreNames.key(group, Integer.toString(matchday));
            byte[] json = Json.write(asOf);
            if (changed(published.get(group, storeKey), json)) {
                published.put(group, storeKey, json, json);
                forward(current.asOf(matchday).key(), new StandingsAsOf(asOf));
            }
        }
        retractMatchdaysAfter(current, lastMatchday);
        // As of the latest matchday every line counts: those are the current standings, computed once.
        publishCurrent(group, asOfLast != null ? asOfLast : calculator.standings(season, byPlayer));
        Long since = unrankedSince.remove(group);
        if (since != null) {
            latency.record(current.skill(), Duration.ofMillis(Math.max(0, context.currentSystemTimeMs() - since)));
        }
    }

    /** Matchdays whose every line was deleted or corrected away no longer have standings. */
    private void retractMatchdaysAfter(RankingKey current, int lastMatchday) {
        String group = current.key();
        List<String> gone = new ArrayList<>();
        for (String key : published.group(group).keySet()) {
            int at = key.lastIndexOf(StoreNames.SEPARATOR);
            if (at >= 0 && Integer.parseInt(key.substring(at + 1)) > lastMatchday) {
                gone.add(key.substring(at + 1));
            }
        }
        gone.sort(null); // in the store's key order, as when they were scanned from it
        for (String matchday : gone) {
            published.put(group, StoreNames.key(group, matchday), null, null);
            forward(current.asOf(Integer.parseInt(matchday)).key(), new StandingsAsOf(null));
        }
    }

    /** The group's key is the ranking key, under which the current standings are stored and published. */
    private void publishCurrent(String rankingKey, Standings now) {
        byte[] before = published.get(rankingKey, rankingKey);
        byte[] json = Json.write(now);
        if (!changed(before, json)) {
            return;
        }
        published.put(rankingKey, rankingKey, json, json);
        forward(rankingKey, now);
        Ranking previousTop = before == null ? null : Json.read(before, Standings.class).ranking();
        Ranking top = now.ranking();
        if (!top.equals(previousTop)) {
            forward(rankingKey, top);
            BadgeEvents.between(previousTop, now).forEach(e -> forward(e.playerId(), e));
        }
    }

    /**
     * Any field, updatedAt included: the last message must carry the latest fact counted whatever the
     * flushes' timing, so a run, a rerun and a rebuild end byte-identical. Unchanged means unpublished.
     * The JSON is written deterministically (records in field order, metrics in the model's order).
     */
    private static boolean changed(byte[] before, byte[] now) {
        return !Arrays.equals(before, now);
    }

    private void forward(String key, Object value) {
        context.forward(new Record<>(key, value, context.currentSystemTimeMs()));
    }
}
