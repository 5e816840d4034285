package skill.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import skill.core.codec.FactCodec;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.ArrayList;
import java.util.List;

/**
 * The dispatcher's hop alone: reads match-fact-updates (committed only, as the calculators read) and
 * keeps, per update event, how long after its fact's publish it became readable — the event keeps the
 * fact's publish time. The sprint detector's facts (SPRINT, SPEED_SUMMARY) apart from the replayed
 * ones: their publish time is their detection, and they reach match-facts only at the detector's commit.
 */
final class UpdateWatch implements AutoCloseable {
    private final List<Long> replayedMs = new ArrayList<>();
    private final List<Long> detectedMs = new ArrayList<>();
    private final TopicWatch watch;

    private final FactLatency latency;

    UpdateWatch(String bootstrapServers, String topic, FactLatency latency) {
        this.latency = latency;
        watch = new TopicWatch(bootstrapServers, topic, this::note);
    }

    private void note(ConsumerRecord<String, byte[]> record) {
        long readable = System.currentTimeMillis() - record.timestamp();
        MatchFact fact = FactCodec.read(record.value()).fact();
        if (fact == null) {
            throw new IllegalStateException("The dispatcher published an invalid update: " + FactCodec.read(record.value()).reason());
        }
        boolean detected = fact.type() == FactType.SPRINT || fact.type() == FactType.SPEED_SUMMARY;
        latency.update(record, detected);
        synchronized (this) {
            (detected ? detectedMs : replayedMs).add(readable);
        }
    }

    /** Publish → readable update event of the replayed facts, ms; throws what stopped reading. */
    synchronized List<Long> replayedMs() {
        watch.check();
        return List.copyOf(replayedMs);
    }

    /** Detection → readable update event of the sprint detector's facts, ms. */
    synchronized List<Long> detectedMs() {
        watch.check();
        return List.copyOf(detectedMs);
    }

    @Override
    public void close() throws InterruptedException {
        watch.close();
    }
}
