package skill.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import skill.core.codec.Json;
import skill.core.standings.Standings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads skill-standings as the API does (committed only) and notes, per ranking key, when the
 * standings first carried the expected final numbers (wall clock of receipt), plus how long each
 * message took from its stamp (when the calculators ranked) to a reader: the transaction's commit delay.
 */
final class StandingsWatch implements AutoCloseable {
    private final Map<String, Standings> expected;
    private final Map<String, Long> reachedAtNanos = new HashMap<>();
    private final List<Long> visibilityMs = new ArrayList<>();
    private final TopicWatch watch;

    private final FactLatency latency;

    StandingsWatch(String bootstrapServers, String topic, Map<String, Standings> expected, FactLatency latency) {
        this.expected = expected;
        this.latency = latency;
        watch = new TopicWatch(bootstrapServers, topic, this::note);
    }

    private void note(ConsumerRecord<String, byte[]> record) {
        long now = System.nanoTime();
        long receivedAt = System.currentTimeMillis();
        long visible = receivedAt - record.timestamp();
        latency.standings(record, receivedAt);
        Standings want = expected.get(record.key());
        boolean reached = want != null && record.value() != null
                && SeasonLoad.sameNumbers(Json.read(record.value(), Standings.class), want);
        synchronized (this) {
            visibilityMs.add(visible);
            if (reached) {
                reachedAtNanos.putIfAbsent(record.key(), now);
            } else {
                reachedAtNanos.remove(record.key()); // a later message moved away again
            }
        }
    }

    /** True once every expected key's latest standings carry the expected numbers; throws what stopped reading. */
    synchronized boolean done() {
        watch.check();
        return reachedAtNanos.keySet().containsAll(expected.keySet());
    }

    /** When (System.nanoTime) the latest standings of {@code key} first had the expected numbers, or null. */
    synchronized Long reachedAt(String key) {
        return reachedAtNanos.get(key);
    }

    synchronized List<Long> visibilityMs() {
        return List.copyOf(visibilityMs);
    }

    @Override
    public void close() throws InterruptedException {
        watch.close();
    }
}
