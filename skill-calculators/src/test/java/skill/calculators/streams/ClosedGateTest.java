package skill.calculators.streams;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.core.Facts;
import skill.core.Facts.Fact;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.skills.FinisherModel;
import skill.core.standings.BadgeEvent;
import skill.core.standings.BadgeEvents;
import skill.core.standings.ScoreFormula;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.core.Facts.min;

/**
 * A generation catching up behind a closed gate (a rebuild) publishes nothing; once the gate opens it
 * publishes only what differs from what the generation before published: nothing under unchanged
 * formulas, and under changed ones the new standings once, with the badge events between the two top 10s.
 */
class ClosedGateTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final String KEY = "BL1|2023-24|FINISHER";
    private static final Instant WALL_CLOCK = Instant.parse("2023-10-01T16:00:00Z");
    private static final FinisherModel MODEL = new FinisherModel();
    private static final Map<String, Double> BY_SHOTS = Map.of("shots", 1.0);

    @TempDir
    Path stateDir;

    /** A gate the test opens, with the standings of the generation before. */
    private static final class TestGate implements PublishGate {
        boolean open;
        NavigableMap<String, byte[]> before = new TreeMap<>();

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public NavigableMap<String, byte[]> publishedBefore() {
            return before;
        }
    }

    private static List<Fact> season() {
        List<Fact> facts = new ArrayList<>();
        facts.add(Facts.match("FINISHED", Facts.period(1, min(0), min(45)), Facts.period(2, min(60), min(105))));
        List<String> players = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12");
        facts.add(Facts.lineup(Facts.HOME, players.stream().map(Facts::starter).toArray(com.fasterxml.jackson.databind.node.ObjectNode[]::new)));
        for (int i = 0; i < players.size(); i++) {
            // P1 scores most goals; P12 shoots most: the two formulas rank them in opposite order.
            for (int g = 0; g < players.size() - i; g++) {
                facts.add(Facts.shot(players.get(i), 0.1, g < (players.size() - i) / 3 ? "GOAL" : "WIDE").at(min(10 + g)));
            }
            for (int s = 0; s < i * 3; s++) {
                facts.add(Facts.shot(players.get(i), 0.01, "WIDE").at(min(50 + s % 40)));
            }
        }
        return facts;
    }

    private final class Run implements AutoCloseable {
        final TopologyTestDriver driver;
        final List<TestOutputTopic<String, byte[]>> outputs;

        Run(String id, Map<String, Double> weights, PublishGate gate) {
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, id);
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(id).toString());
            StandingsCalculator calculator = new StandingsCalculator(MODEL, new ScoreFormula(weights), 90);
            driver = new TopologyTestDriver(SkillTopology.build(TOPICS, List.of(calculator),
                    SkillTopology.DEFAULT_LIVE_WINDOW, FactToRanking.IGNORED, gate), props, WALL_CLOCK);
            outputs = List.of(TOPICS.skillStandings(), TOPICS.skillStandingsByMatchday(), TOPICS.skillRankings(),
                    TOPICS.skillBadgeEvents()).stream().map(t -> driver.createOutputTopic(t, new StringDeserializer(),
                    new ByteArrayDeserializer())).toList();
        }

        Run feed(List<Fact> facts) {
            var updates = driver.createInputTopic(TOPICS.matchFactUpdates(), new StringSerializer(), new ByteArraySerializer());
            facts.forEach(f -> updates.pipeInput("BL1|2023-24", f.bytes()));
            return this;
        }

        List<KeyValue<String, byte[]>> read(int output) {
            return outputs.get(output).readKeyValuesToList();
        }

        /** The latest standings of both standings topics by message key: what the story finder would see. */
        NavigableMap<String, byte[]> publishedStandings() {
            NavigableMap<String, byte[]> latest = new TreeMap<>();
            for (int i = 0; i < 2; i++) {
                read(i).forEach(kv -> latest.put(kv.key, kv.value));
            }
            return latest;
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    @Test
    void underUnchangedFormulasARebuildPublishesNothingAtAll() {
        List<Fact> season = season();
        TestGate gate = new TestGate();
        try (Run live = new Run("live", MODEL.defaultWeights(), PublishGate.OPEN).feed(season);
             Run rebuild = new Run("rebuild", MODEL.defaultWeights(), gate).feed(season)) {
            gate.before = live.publishedStandings();
            assertThat(gate.before).containsKey(KEY);

            gate.open = true;
            rebuild.driver.advanceWallClockTime(Duration.ofSeconds(1));

            for (int output = 0; output < 4; output++) {
                assertThat(rebuild.read(output)).as("output " + output).isEmpty();
            }
        }
    }

    @Test
    void underChangedFormulasTheTakeOverPublishesTheNewStandingsOnceAndTheDifferencesAsStories() {
        List<Fact> season = season();
        TestGate gate = new TestGate();
        try (Run live = new Run("live", MODEL.defaultWeights(), PublishGate.OPEN).feed(season);
             Run rebuild = new Run("rebuild", BY_SHOTS, gate).feed(season)) {
            gate.before = live.publishedStandings();
            for (int output = 0; output < 4; output++) {
                assertThat(rebuild.read(output)).as("nothing while catching up, output " + output).isEmpty();
            }

            gate.open = true;
            rebuild.driver.advanceWallClockTime(Duration.ofSeconds(1));

            List<KeyValue<String, byte[]>> standings = rebuild.read(0);
            assertThat(standings).extracting(kv -> kv.key).containsExactly(KEY);
            assertThat(rebuild.read(2)).extracting(kv -> kv.key).containsExactly(KEY);
            Standings before = Json.read(gate.before.get(KEY), Standings.class);
            Standings after = Json.read(standings.get(0).value, Standings.class);
            List<BadgeEvent> events = rebuild.read(3).stream().map(kv -> Json.read(kv.value, BadgeEvent.class)).toList();
            assertThat(events).isNotEmpty().allMatch(e -> !e.live() && e.cause() != null);
            assertThat(events).extracting(BadgeEvent::playerId, BadgeEvent::kind, BadgeEvent::newRank)
                    .containsExactlyElementsOf(BadgeEvents.between(before, after, events.get(0).cause(), false).stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.playerId(), e.kind(), e.newRank())).toList());
        }
    }
}
