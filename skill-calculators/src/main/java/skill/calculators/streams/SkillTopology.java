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
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.time.Duration;

/**
 * One skill's calculator as a plain function from settings to topology:
 * match-fact-updates (by match) → player lines → lines-by-season → standings (now and as of each
 * matchday), top 10 and badge events.
 * Every skill uses this same topology with its own {@link skill.core.skills.SkillModel}.
 */
public final class SkillTopology {
    private SkillTopology() {
    }

    public static Topology build(Topics topics, StandingsCalculator calculator, Duration flushInterval) {
        return build(topics, calculator, flushInterval, FactToRanking.IGNORED);
    }

    public static Topology build(Topics topics, StandingsCalculator calculator, Duration flushInterval,
                                 FactToRanking latency) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(StoreNames.MATCH_FACTS, Serdes.ByteArray()));
        builder.addStateStore(store(StoreNames.EMITTED_LINES, JsonSerde.of(PlayerMatchLine.class)));
        builder.addStateStore(store(StoreNames.DIRTY_MATCHES, Serdes.Long()));
        builder.addStateStore(store(StoreNames.SEASON_LINES, JsonSerde.of(PlayerMatchLine.class)));
        builder.addStateStore(store(StoreNames.PUBLISHED_STANDINGS, JsonSerde.of(Standings.class)));
        builder.addStateStore(store(StoreNames.DIRTY_SEASONS, Serdes.Long()));

        builder.stream(topics.matchFactUpdates(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new MatchLinesProcessor(calculator.model(), flushInterval),
                        StoreNames.MATCH_FACTS, StoreNames.EMITTED_LINES, StoreNames.DIRTY_MATCHES)
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(LineUpdate.class))
                        .withName(StoreNames.LINES_BY_SEASON))
                .process(() -> new StandingsProcessor(calculator, flushInterval, latency),
                        StoreNames.SEASON_LINES, StoreNames.PUBLISHED_STANDINGS, StoreNames.DIRTY_SEASONS)
                .to((key, value, context) -> StandingsOutput.topicOf(value, topics),
                        Produced.with(Serdes.String(), JsonSerde.outputWriter()));
        return builder.build();
    }

    private static <V> StoreBuilder<?> store(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde);
    }
}
