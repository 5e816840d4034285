package skill.calculators.streams;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import skill.calculators.streams.Published.Output;
import skill.core.Topics;
import skill.core.skills.PlayerMatchLine;
import skill.core.standings.StandingsCalculator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The skill calculators as a plain function from settings to topology, one stage without a
 * repartition: match-fact-updates arrive keyed by competition and season (the dispatcher keys them
 * so), so one task holds a whole competition's season. Each update event waits in {@link PendingFacts}; a KTable's record cache
 * keyed by season emits each changed season once per commit, and {@link SeasonRanker} ranks it then —
 * a burst of facts is ranked once, and the ranking is readable with the commit that counted them.
 * The messages go to one named sink per output topic.
 */
public final class SkillTopology {
    private SkillTopology() {
    }

    /** The default of skill.badges.live-window. */
    public static final Duration DEFAULT_LIVE_WINDOW = Duration.ofSeconds(60);

    public static Topology build(Topics topics, List<StandingsCalculator> calculators) {
        return build(topics, calculators, DEFAULT_LIVE_WINDOW, FactToRanking.IGNORED, PublishGate.OPEN);
    }

    /**
     * @param liveWindow a badge event is live when its cause was counted within this long of occurring
     * @param latency    receives each counted fact's publish-to-ranking time
     * @param gate       closed while a rebuild catches up: facts are counted, nothing is published
     */
    public static Topology build(Topics topics, List<StandingsCalculator> calculators, Duration liveWindow,
                                 FactToRanking latency, PublishGate gate) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoreNames.PENDING_FACTS),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled());
        builder.addStateStore(store(StoreNames.MATCH_FACTS, Serdes.ByteArray()));
        builder.addStateStore(store(StoreNames.EMITTED_LINES, JsonSerde.of(PlayerMatchLine.class)));
        builder.addStateStore(store(StoreNames.SEASON_LINES, JsonSerde.of(PlayerMatchLine.class)));
        // Standings as their JSON (Json.write), kept as bytes: compared and stored without decoding.
        builder.addStateStore(store(StoreNames.PUBLISHED_STANDINGS, Serdes.ByteArray()));
        builder.addStateStore(store(StoreNames.UNPUBLISHED, JsonSerde.of(Unpublished.class)));

        KStream<String, Published> published = builder
                .stream(topics.matchFactUpdates(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("match-fact-updates"))
                .processValues(PendingFacts::new, Named.as("pending-facts"), StoreNames.PENDING_FACTS)
                .toTable(Named.as("season-changes"), Materialized.<String, byte[]>as(
                                Stores.inMemoryKeyValueStore(StoreNames.SEASON_CHANGES))
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray())
                        .withCachingEnabled().withLoggingDisabled())
                .toStream(Named.as("seasons-at-commit"))
                .process(() -> new SeasonRanker(calculators, liveWindow, latency, gate), Named.as("season-ranker"),
                        StoreNames.PENDING_FACTS, StoreNames.MATCH_FACTS, StoreNames.EMITTED_LINES,
                        StoreNames.SEASON_LINES, StoreNames.PUBLISHED_STANDINGS, StoreNames.UNPUBLISHED);

        Map<Output, String> sinks = Map.of(Output.STANDINGS, topics.skillStandings(),
                Output.STANDINGS_BY_MATCHDAY, topics.skillStandingsByMatchday(),
                Output.RANKING, topics.skillRankings(), Output.BADGE_EVENT, topics.skillBadgeEvents());
        var split = published.split(Named.as("to-"));
        for (Output output : Output.values()) {
            String topic = sinks.get(output);
            split = split.branch((key, value) -> value.output() == output, Branched.withConsumer(
                    stream -> stream.to(topic, Produced.with(Serdes.String(), JsonSerde.outputWriter())
                            .withName(topic)), topic));
        }
        split.noDefaultBranch();
        return builder.build();
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde);
    }
}
