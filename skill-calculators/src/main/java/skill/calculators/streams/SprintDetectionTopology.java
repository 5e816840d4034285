package skill.calculators.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import skill.core.Topics;
import skill.core.sprints.SprintRules;

import java.time.Duration;

/**
 * The sprint detector as a plain function from settings to topology: match-positions (by match) →
 * per-player detectors → SPRINT and SPEED_SUMMARY facts on match-facts, in contract form, so the
 * dispatcher validates, stores and republishes them like every other fact; a message that is no
 * frame goes to the dead-letter topic (docs/sprints.md). The detector keeps its matches decoded
 * ({@link OpenMatches}); the frames also pass a record cache, which emits as the task commits, so that
 * {@link SprintTrackWriter} encodes and logs each changed match once per commit, in the commit's
 * transaction, instead of at every frame (docs/benchmarks.md).
 */
public final class SprintDetectionTopology {
    static final String FACTS = "sprint-facts";
    static final String DEAD_LETTERS = "sprint-dead-letters";
    static final String SOURCE = "positions";
    private static final String DETECTOR = "sprint-detector";

    private SprintDetectionTopology() {
    }

    public static Topology build(Topics topics, SprintRules rules, Duration summaryInterval, Duration matchIdle) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(OpenMatches.builder(StoreNames.SPRINT_OPEN));
        // Uncached: SprintTrackWriter writes each changed match once per commit.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPRINT_TRACKS),
                Serdes.String(), Serdes.ByteArray()));
        // Uncached: written only as a sprint is published or retracted.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPRINT_LEDGERS),
                Serdes.String(), Serdes.ByteArray()));
        // The latest frame's time of each match: SprintTrackWriter writes it once per commit.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPRINT_MATCHES),
                Serdes.String(), Serdes.Long()));

        KStream<String, byte[]> positions = builder.stream(topics.matchPositions(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(SOURCE));
        KStream<String, byte[]> detected = positions.process(
                () -> new SprintDetectionProcessor(rules, summaryInterval, matchIdle), Named.as(DETECTOR),
                StoreNames.SPRINT_OPEN, StoreNames.SPRINT_TRACKS, StoreNames.SPRINT_LEDGERS, StoreNames.SPRINT_MATCHES);
        // The detector forwards to each of these two by name.
        detected.to(topics.matchFacts(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(FACTS));
        detected.to(topics.matchFactsDlq(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(DEAD_LETTERS));
        // Each match's latest frame in a record cache (no copy, no log), which emits them at each commit.
        positions.toTable(Named.as("sprint-frames"), Materialized.<String, byte[]>as(
                                Stores.inMemoryKeyValueStore(StoreNames.SPRINT_FRAMES))
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray())
                        .withCachingEnabled().withLoggingDisabled())
                .toStream(Named.as("sprint-frames-at-commit"))
                .process(SprintTrackWriter::new, Named.as("sprint-track-writer"), StoreNames.SPRINT_OPEN,
                        StoreNames.SPRINT_TRACKS, StoreNames.SPRINT_MATCHES);
        return builder.build();
    }
}
