package skill.calculators.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import skill.core.Topics;
import skill.core.sprints.SprintRules;

import java.time.Duration;

/**
 * The sprint detector as a plain function from settings to topology: match-positions (by match) →
 * per-player detectors → SPRINT and SPEED_SUMMARY facts on match-facts, in contract form, so the
 * dispatcher validates, stores and republishes them like every other fact (docs/sprints.md).
 */
public final class SprintDetectionTopology {
    private SprintDetectionTopology() {
    }

    public static Topology build(Topics topics, SprintRules rules, Duration summaryInterval) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPRINT_TRACKS),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPRINT_DIRTY_MATCHES),
                Serdes.String(), Serdes.Long()));
        builder.stream(topics.matchPositions(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new SprintDetectionProcessor(rules, summaryInterval),
                        StoreNames.SPRINT_TRACKS, StoreNames.SPRINT_DIRTY_MATCHES)
                .to(topics.matchFacts(), Produced.with(Serdes.String(), Serdes.ByteArray()));
        return builder.build();
    }
}
