package skill.calculators.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import skill.core.Topics;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.SkillModel;
import skill.core.standings.StandingsCalculator;

import java.time.Duration;
import java.util.List;

/**
 * The skill calculators as a plain function from settings to topology: match-fact-updates (by
 * match) → every skill's player lines → lines-by-season (by skill and season) → standings (now and
 * as of each matchday), top 10 and badge events. One topology for the skills it is given, each with
 * its own {@link skill.core.skills.SkillModel}: a fact is consumed, stored and decoded once for all.
 */
public final class SkillTopology {
    private SkillTopology() {
    }

    public static Topology build(Topics topics, List<StandingsCalculator> calculators, Duration flushInterval) {
        return build(topics, calculators, flushInterval, FactToRanking.IGNORED);
    }

    public static Topology build(Topics topics, List<StandingsCalculator> calculators, Duration flushInterval,
                                 FactToRanking latency) {
        List<SkillModel> models = calculators.stream().map(StandingsCalculator::model).toList();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(StoreNames.MATCH_FACTS, Serdes.ByteArray()));
        builder.addStateStore(store(StoreNames.EMITTED_LINES, JsonSerde.of(PlayerMatchLine.class)));
        builder.addStateStore(store(StoreNames.DIRTY_MATCHES, Serdes.Long()));
        builder.addStateStore(store(StoreNames.SEASON_LINES, JsonSerde.of(PlayerMatchLine.class)));
        // Standings as their JSON (Json.write), kept as bytes: compared and stored without decoding.
        builder.addStateStore(store(StoreNames.PUBLISHED_STANDINGS, Serdes.ByteArray()));
        builder.addStateStore(store(StoreNames.DIRTY_SEASONS, Serdes.Long()));

        builder.stream(topics.matchFactUpdates(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new MatchLinesProcessor(models, flushInterval),
                        StoreNames.MATCH_FACTS, StoreNames.EMITTED_LINES, StoreNames.DIRTY_MATCHES)
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(LineUpdate.class))
                        .withName(StoreNames.LINES_BY_SEASON))
                .process(() -> new StandingsProcessor(calculators, flushInterval, latency),
                        StoreNames.SEASON_LINES, StoreNames.PUBLISHED_STANDINGS, StoreNames.DIRTY_SEASONS)
                .to((key, value, context) -> StandingsOutput.topicOf(value, topics),
                        Produced.with(Serdes.String(), JsonSerde.outputWriter()));
        return builder.build();
    }

    private static <V> StoreBuilder<?> store(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde);
    }
}
