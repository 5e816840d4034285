package skill.calculators.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import skill.core.model.MatchFact;
import skill.core.skills.MatchLines;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.Skill;
import skill.core.skills.SkillModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stage one, per match (input keyed by matchId): keeps each fact at its highest version, drops
 * duplicates and stale versions, and turns the match's live facts into every skill's player lines,
 * forwarding only the lines that changed (keyed by skill and season, for stage two). The facts are
 * stored and decoded once for all skills.
 */
final class MatchLinesProcessor implements Processor<String, byte[], String, LineUpdate> {
    /**
     * Matches kept decoded per task: the live matches of a matchday (9 over the partitions) fit; each
     * holds up to ~1 MB of facts, and a pod holds the four skills' tasks.
     */
    static final int CACHED_MATCHES = 4;
    private final List<SkillModel> models;
    private final Duration flushInterval;
    private FlushPace pace;
    private ProcessorContext<String, LineUpdate> context;
    private GroupCache<byte[], MatchFact> facts;
    private GroupCache<PlayerMatchLine, PlayerMatchLine> emitted;
    private DirtyKeys dirtyMatches;

    MatchLinesProcessor(List<SkillModel> models, Duration flushInterval) {
        this.models = List.copyOf(models);
        this.flushInterval = flushInterval;
    }

    @Override
    public void init(ProcessorContext<String, LineUpdate> context) {
        this.context = context;
        // New caches on every init: after a restart, rebalance or revived task they load from the store again.
        this.facts = new GroupCache<>(context.getStateStore(StoreNames.MATCH_FACTS),
                bytes -> JsonSerde.fact(StoreNames.MATCH_FACTS, bytes), CACHED_MATCHES);
        this.emitted = GroupCache.of(context.getStateStore(StoreNames.EMITTED_LINES), CACHED_MATCHES * models.size());
        this.dirtyMatches = new DirtyKeys(context, StoreNames.DIRTY_MATCHES);
        this.pace = FlushPace.schedule(context, flushInterval, () -> dirtyMatches.drain().forEach(this::flush));
        GroupCache.dropIdleOnSchedule(context, pace, facts, emitted);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        MatchFact fact = JsonSerde.fact("match-fact-updates", record.value());
        pace.arrived(record.timestamp(), context.currentSystemTimeMs());
        String key = StoreNames.key(fact.matchId(), fact.factId());
        MatchFact known = facts.get(fact.matchId(), key);
        if (known != null && known.version() >= fact.version()) {
            return; // a duplicate or stale version, e.g. republished after a dispatcher crash
        }
        facts.put(fact.matchId(), key, record.value(), fact);
        dirtyMatches.mark(fact.matchId(), record.timestamp());
    }

    /** Lines go on stamped with the publish time of the earliest fact they reflect, for latency tracing. */
    private void flush(String matchId, long earliestFact) {
        List<MatchFact> live = new ArrayList<>();
        for (MatchFact f : facts.group(matchId).values()) {
            if (!f.deleted()) {
                live.add(f);
            }
        }
        for (SkillModel model : models) {
            Map<String, PlayerMatchLine> lines = live.isEmpty() ? Map.of() : MatchLines.of(matchId, live, model);
            emitChanges(model.skill(), matchId, lines, earliestFact);
        }
    }

    /** One skill's emitted lines of a match are a group of their own: key (match, SKILL, player). */
    private void emitChanges(Skill skill, String matchId, Map<String, PlayerMatchLine> lines, long earliestFact) {
        String group = StoreNames.key(matchId, skill.name());
        Map<String, PlayerMatchLine> before = new HashMap<>();
        emitted.group(group).values().forEach(old -> before.put(old.playerId(), old));
        before.forEach((playerId, old) -> {
            PlayerMatchLine line = lines.get(playerId);
            if (line == null || !Objects.equals(line.season(), old.season())) {
                emitted.put(group, StoreNames.key(group, playerId), null, null);
                forward(new LineUpdate(skill, old.season(), matchId, playerId, null), earliestFact);
            }
        });
        lines.forEach((playerId, line) -> {
            if (line.season() != null && !line.equals(before.get(playerId))) {
                emitted.put(group, StoreNames.key(group, playerId), line, line);
                forward(new LineUpdate(skill, line.season(), matchId, playerId, line), earliestFact);
            }
        });
    }

    private void forward(LineUpdate update, long timestamp) {
        context.forward(new Record<>(update.rankingKey().key(), update, timestamp));
    }
}
