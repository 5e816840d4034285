package skill.calculators.streams;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import skill.core.Topics;
import skill.core.model.MatchFact;
import skill.core.skills.MatchLines;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.RankingKey;
import skill.core.skills.Skill;
import skill.core.skills.SkillModel;
import skill.core.standings.BadgeEvent;
import skill.core.standings.StandingsCalculator;
import skill.calculators.streams.SeasonStandings.Story;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ranks a competition's season once per commit: the record cache in front of it emits each scope
 * (competition and season) whose facts changed once, when the task commits. It takes the scope's
 * pending update events in arrival order, keeps each fact at its highest version (duplicates and
 * stale versions change nothing), turns every changed match into each skill's player lines, and ranks
 * each skill whose lines changed again ({@link SeasonStandings}), naming the latest fact counted as the
 * cause of any badge event. Everything it publishes goes out in the same transaction as the offsets.
 */
final class SeasonRanker implements Processor<String, byte[], String, Published> {
    /** Matches kept decoded per task: the live matches of the seasons it ranks (9 a matchday) fit. */
    static final int CACHED_MATCHES = 20;
    /** How often a task with rankings counted behind a closed gate looks whether the gate opened. */
    static final Duration GATE_CHECK = Duration.ofMillis(250);
    private final List<SkillModel> models;
    private final List<StandingsCalculator> calculators;
    private final FactToRanking latency;
    private final Duration liveWindow;
    private final PublishGate gate;
    private KeyValueStore<String, Unpublished> unpublished;
    private ProcessorContext<String, Published> context;
    private TimestampedKeyValueStore<String, byte[]> pending;
    private GroupCache<byte[], MatchFact> facts;
    private GroupCache<PlayerMatchLine, PlayerMatchLine> emitted;
    private SeasonStandings standings;
    /** What the ranking in progress counted, as the header's value. */
    private byte[] counted;

    SeasonRanker(List<StandingsCalculator> calculators, Duration liveWindow, FactToRanking latency, PublishGate gate) {
        this.calculators = List.copyOf(calculators);
        this.models = calculators.stream().map(StandingsCalculator::model).toList();
        this.liveWindow = liveWindow;
        this.latency = latency;
        this.gate = gate;
    }

    @Override
    public void init(ProcessorContext<String, Published> context) {
        this.context = context;
        this.pending = context.getStateStore(StoreNames.PENDING_FACTS);
        // New caches on every init: after a restart, rebalance or revived task they load from the store again.
        this.facts = new GroupCache<>(context.getStateStore(StoreNames.MATCH_FACTS),
                bytes -> JsonSerde.fact(StoreNames.MATCH_FACTS, bytes), CACHED_MATCHES);
        this.emitted = GroupCache.of(context.getStateStore(StoreNames.EMITTED_LINES), CACHED_MATCHES * models.size());
        this.standings = new SeasonStandings(calculators, context, this::forward);
        this.unpublished = context.getStateStore(StoreNames.UNPUBLISHED);
        context.schedule(GATE_CHECK, PunctuationType.WALL_CLOCK_TIME, now -> publishUnpublished());
    }

    @Override
    public void process(Record<String, byte[]> seasonChanged) {
        Set<String> changedMatches = new TreeSet<>();
        List<Long> publishedAt = new ArrayList<>();
        long firstOffset = -1;
        long lastOffset = -1;
        List<String> drained = new ArrayList<>();
        BadgeEvent.Cause cause = null;
        try (KeyValueIterator<String, ValueAndTimestamp<byte[]>> it =
                     pending.prefixScan(StoreNames.prefix(seasonChanged.key()), new StringSerializer())) {
            while (it.hasNext()) {
                var entry = it.next();
                drained.add(entry.key);
                publishedAt.add(entry.value.timestamp());
                lastOffset = Long.parseLong(entry.key.substring(entry.key.lastIndexOf(StoreNames.SEPARATOR) + 1));
                firstOffset = firstOffset < 0 ? lastOffset : firstOffset;
                MatchFact fact = keepHighestVersion(entry.value.value());
                if (fact != null) {
                    changedMatches.add(fact.matchId());
                    BadgeEvent.Cause counted = new BadgeEvent.Cause(fact.matchId(), fact.factId(), fact.type(),
                            fact.playerId(), fact.occurredAt());
                    cause = cause == null || Unpublished.LATEST.compare(counted, cause) > 0 ? counted : cause;
                }
            }
        }
        drained.forEach(pending::delete);
        Map<String, Integer> changedFrom = new TreeMap<>();
        changedMatches.forEach(matchId -> lines(matchId, changedFrom));
        if (!gate.isOpen()) {
            BadgeEvent.Cause latest = cause;
            changedFrom.forEach((group, matchday) -> {
                Unpublished was = unpublished.get(group);
                unpublished.put(group, was == null ? new Unpublished(matchday, latest) : was.and(matchday, latest));
            });
            return;
        }
        publishUnpublished();
        counted = (context.taskId().partition() + ":" + firstOffset + "-" + lastOffset).getBytes(StandardCharsets.UTF_8);
        long now = context.currentSystemTimeMs();
        Story story = cause == null ? null
                : new Story(cause, now - cause.occurredAt().toEpochMilli() <= liveWindow.toMillis());
        changedFrom.forEach((group, matchday) -> standings.rank(RankingKey.parse(group), matchday, story));
        publishedAt.forEach(t -> latency.record(Duration.ofMillis(Math.max(0, now - t))));
    }

    /** The fact if it is new or a higher version than the one kept, else null (a duplicate or stale version). */
    private MatchFact keepHighestVersion(byte[] bytes) {
        MatchFact fact = JsonSerde.fact("match-fact-updates", bytes);
        String key = StoreNames.key(fact.matchId(), fact.factId());
        MatchFact known = facts.get(fact.matchId(), key);
        if (known != null && known.version() >= fact.version()) {
            return null;
        }
        facts.put(fact.matchId(), key, bytes, fact);
        return fact;
    }

    /** Every skill's lines of the match again; the changed ones update their season, whose earliest changed matchday is kept. */
    private void lines(String matchId, Map<String, Integer> changedFrom) {
        List<MatchFact> live = facts.group(matchId).values().stream().filter(f -> !f.deleted()).toList();
        Map<Skill, Map<String, PlayerMatchLine>> bySkill = live.isEmpty() ? Map.of() : MatchLines.of(matchId, live, models);
        for (SkillModel model : models) {
            Map<String, PlayerMatchLine> lines = bySkill.getOrDefault(model.skill(), Map.of());
            String group = StoreNames.key(matchId, model.skill().name());
            Map<String, PlayerMatchLine> before = new HashMap<>();
            emitted.group(group).values().forEach(old -> before.put(old.playerId(), old));
            before.forEach((playerId, old) -> {
                PlayerMatchLine line = lines.get(playerId);
                if (line == null || !RankingKey.current(line.competition(), line.season(), model.skill())
                        .equals(RankingKey.current(old.competition(), old.season(), model.skill()))) {
                    emitted.put(group, StoreNames.key(group, playerId), null, null);
                    mark(changedFrom, standings.update(model.skill(), old, matchId, playerId, null));
                }
            });
            lines.forEach((playerId, line) -> {
                if (line.season() != null && !line.equals(before.get(playerId))) {
                    emitted.put(group, StoreNames.key(group, playerId), line, line);
                    mark(changedFrom, standings.update(model.skill(), line, matchId, playerId, line));
                }
            });
        }
    }

    private static void mark(Map<String, Integer> changedFrom, SeasonStandings.Change change) {
        changedFrom.merge(change.rankingKey().key(), change.fromMatchday(), Math::min);
    }

    /**
     * Once the gate is open, ranks what was counted behind it: against what the generation before
     * published, so only differences go out, and with badge events that are no live story.
     */
    private void publishUnpublished() {
        if (!gate.isOpen()) {
            return;
        }
        List<KeyValue<String, Unpublished>> counted;
        try (KeyValueIterator<String, Unpublished> it = unpublished.all()) {
            if (!it.hasNext()) {
                return;
            }
            counted = new ArrayList<>();
            it.forEachRemaining(counted::add);
        }
        this.counted = null;
        for (KeyValue<String, Unpublished> entry : counted) {
            standings.adopt(entry.key, gate.publishedBefore());
            standings.rank(RankingKey.parse(entry.key), entry.value.fromMatchday(), new Story(entry.value.cause(), false));
            unpublished.delete(entry.key);
        }
    }

    private void forward(String key, Published value) {
        Record<String, Published> record = new Record<>(key, value, context.currentSystemTimeMs());
        if (counted != null) {
            record.headers().add(Topics.COUNTED_HEADER, counted);
        }
        context.forward(record);
    }
}
