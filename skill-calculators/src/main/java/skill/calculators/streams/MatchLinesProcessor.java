package skill.calculators.streams;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import skill.core.model.MatchFact;
import skill.core.skills.MatchLines;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.SkillModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stage one, per match (input keyed by matchId): keeps each fact at its highest version, drops
 * duplicates and stale versions, and turns the match's live facts into player lines, forwarding
 * only the lines that changed (keyed by season, for stage two).
 */
final class MatchLinesProcessor implements Processor<String, MatchFact, String, LineUpdate> {
    private final SkillModel model;
    private final Duration flushInterval;
    private ProcessorContext<String, LineUpdate> context;
    private KeyValueStore<String, MatchFact> facts;
    private KeyValueStore<String, PlayerMatchLine> emitted;
    private DirtyKeys dirtyMatches;

    MatchLinesProcessor(SkillModel model, Duration flushInterval) {
        this.model = model;
        this.flushInterval = flushInterval;
    }

    @Override
    public void init(ProcessorContext<String, LineUpdate> context) {
        this.context = context;
        this.facts = context.getStateStore(StoreNames.MATCH_FACTS);
        this.emitted = context.getStateStore(StoreNames.EMITTED_LINES);
        this.dirtyMatches = new DirtyKeys(context, StoreNames.DIRTY_MATCHES);
        context.schedule(flushInterval, PunctuationType.WALL_CLOCK_TIME, now -> dirtyMatches.drain().forEach(this::flush));
    }

    @Override
    public void process(Record<String, MatchFact> record) {
        MatchFact fact = record.value();
        if (fact == null) {
            return;
        }
        String key = StoreNames.key(fact.matchId(), fact.factId());
        MatchFact known = facts.get(key);
        if (known != null && known.version() >= fact.version()) {
            return; // a duplicate or stale version, e.g. republished after a dispatcher crash
        }
        facts.put(key, fact);
        dirtyMatches.mark(fact.matchId(), record.timestamp());
    }

    /** Lines go on stamped with the publish time of the earliest fact they reflect, for latency tracing. */
    private void flush(String matchId, long earliestFact) {
        List<MatchFact> live = new ArrayList<>();
        try (KeyValueIterator<String, MatchFact> it = facts.prefixScan(StoreNames.prefix(matchId), new StringSerializer())) {
            it.forEachRemaining(kv -> {
                if (!kv.value.deleted()) {
                    live.add(kv.value);
                }
            });
        }
        Map<String, PlayerMatchLine> lines = live.isEmpty() ? Map.of() : MatchLines.of(matchId, live, model);
        Map<String, PlayerMatchLine> before = new HashMap<>();
        try (KeyValueIterator<String, PlayerMatchLine> it =
                     emitted.prefixScan(StoreNames.prefix(matchId), new StringSerializer())) {
            it.forEachRemaining(kv -> before.put(kv.value.playerId(), kv.value));
        }
        before.forEach((playerId, old) -> {
            PlayerMatchLine line = lines.get(playerId);
            if (line == null || !Objects.equals(line.season(), old.season())) {
                emitted.delete(StoreNames.key(matchId, playerId));
                forward(new LineUpdate(old.season(), matchId, playerId, null), earliestFact);
            }
        });
        lines.forEach((playerId, line) -> {
            if (line.season() != null && !line.equals(before.get(playerId))) {
                emitted.put(StoreNames.key(matchId, playerId), line);
                forward(new LineUpdate(line.season(), matchId, playerId, line), earliestFact);
            }
        });
    }

    private void forward(LineUpdate update, long timestamp) {
        context.forward(new Record<>(update.season(), update, timestamp));
    }
}
