package skill.calculators.streams;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import skill.core.skills.PlayerMatchLine;
import skill.core.standings.BadgeEvents;
import skill.core.standings.Ranking;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Stage two, per season (input keyed by season): keeps every player's match lines and, when they
 * changed, ranks the season again. Publishes the standings, and the top 10 and its badge events only
 * when the top 10 really changed, so a recomputation that changes nothing publishes nothing.
 */
final class StandingsProcessor implements Processor<String, LineUpdate, String, Object> {
    private final StandingsCalculator calculator;
    private final Duration flushInterval;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, PlayerMatchLine> lines;
    private KeyValueStore<String, Standings> published;
    private DirtyKeys dirtySeasons;

    StandingsProcessor(StandingsCalculator calculator, Duration flushInterval) {
        this.calculator = calculator;
        this.flushInterval = flushInterval;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.lines = context.getStateStore(StoreNames.SEASON_LINES);
        this.published = context.getStateStore(StoreNames.PUBLISHED_STANDINGS);
        this.dirtySeasons = new DirtyKeys(context, StoreNames.DIRTY_SEASONS);
        context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, now -> dirtySeasons.drain().forEach(this::flush));
    }

    @Override
    public void process(Record<String, LineUpdate> record) {
        LineUpdate u = record.value();
        String key = StoreNames.key(u.season(), u.playerId(), u.matchId());
        if (u.line() == null) {
            lines.delete(key);
        } else {
            lines.put(key, u.line());
        }
        dirtySeasons.mark(u.season());
    }

    private void flush(String season) {
        Map<String, List<PlayerMatchLine>> byPlayer = new TreeMap<>();
        try (KeyValueIterator<String, PlayerMatchLine> it = lines.prefixScan(StoreNames.prefix(season), new StringSerializer())) {
            it.forEachRemaining(kv -> byPlayer.computeIfAbsent(kv.value.playerId(), p -> new ArrayList<>()).add(kv.value));
        }
        Standings now = calculator.standings(season, byPlayer);
        Standings before = published.get(season);
        if (before != null && sameContent(before, now)) {
            return;
        }
        published.put(season, now);
        String key = now.skill().rankingKey(season);
        long timestamp = context.currentSystemTimeMs();
        context.forward(new Record<>(key, now, timestamp));
        Ranking previousTop = before == null ? null : before.ranking();
        Ranking top = now.ranking();
        if (previousTop == null || !sameContent(previousTop, top)) {
            context.forward(new Record<>(key, top, timestamp));
            BadgeEvents.between(previousTop, now)
                    .forEach(e -> context.forward(new Record<>(e.playerId(), e, timestamp)));
        }
    }

    /** Equal but for updatedAt, which moves with every fact even when no number changes. */
    private static boolean sameContent(Standings a, Standings b) {
        return a.asOfMatchday() == b.asOfMatchday() && a.eligiblePlayers() == b.eligiblePlayers()
                && a.entries().equals(b.entries());
    }

    private static boolean sameContent(Ranking a, Ranking b) {
        return a.asOfMatchday() == b.asOfMatchday() && Objects.equals(a.entries(), b.entries());
    }
}
