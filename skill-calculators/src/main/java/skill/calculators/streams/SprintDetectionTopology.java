package skill.calculators.streams;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import skill.core.Topics;
import skill.core.sprints.SprintRules;

import java.time.Duration;

/**
 * The sprint detector as a plain function from settings to topology: match-positions (by match) →
 * per-player detectors → SPRINT and SPEED_SUMMARY facts on match-facts, in contract form, so the
 * dispatcher validates, stores and republishes them like every other fact; a message that is no
 * frame goes to the dead-letter topic (docs/sprints.md).
 */
public final class SprintDetectionTopology {
    static final String FACTS = "sprint-facts";
    static final String DEAD_LETTERS = "sprint-dead-letters";
    static final String SOURCE = "positions";
    private static final String DETECTOR = "sprint-detector";

    private SprintDetectionTopology() {
    }

    public static Topology build(Topics topics, SprintRules rules, Duration summaryInterval, Duration matchIdle) {
        Topology topology = new Topology();
        topology.addSource(SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), topics.matchPositions());
        topology.addProcessor(DETECTOR, () -> new SprintDetectionProcessor(rules, summaryInterval, matchIdle), SOURCE);
        // Cached: written at every frame, the record cache keeps each match's latest entry and Kafka Streams
        // writes it to RocksDB and the changelog as the task commits, in the commit's transaction.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPRINT_TRACKS),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled(), DETECTOR);
        // Uncached: written only as a sprint is published or retracted.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPRINT_LEDGERS),
                Serdes.String(), Serdes.ByteArray()), DETECTOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPRINT_MATCHES),
                Serdes.String(), Serdes.Long()).withCachingEnabled(), DETECTOR);
        topology.addSink(FACTS, topics.matchFacts(), new StringSerializer(), new ByteArraySerializer(), DETECTOR);
        topology.addSink(DEAD_LETTERS, topics.matchFactsDlq(), new StringSerializer(), new ByteArraySerializer(), DETECTOR);
        return topology;
    }
}
