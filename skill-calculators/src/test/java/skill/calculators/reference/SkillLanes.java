package skill.calculators.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import skill.calculators.streams.SkillTopology;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.skills.Skill;
import skill.core.skills.SkillModel;
import skill.core.skills.SkillModels;
import skill.core.standings.Ranking;
import skill.core.standings.ScoreFormula;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The real topology of every skill, one TopologyTestDriver each, kept open across tries: a driver
 * takes ~0.15 s to start, four per try would blow the time budget. Tries cannot see each other
 * because each has its own season (standings, lines) and its own matchIds (facts).
 */
final class SkillLanes implements AutoCloseable {
    private static final Duration FLUSH = Duration.ofMillis(100);
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final Topics TOPICS = Topics.defaults();

    /** The last standings and top 10 a skill published for the season. */
    record Published(Standings standings, Ranking ranking) {
    }

    /** {@code now}: the driver's wall clock; records are stamped with it, as if published just now. */
    private record Lane(TopologyTestDriver driver, TestInputTopic<String, byte[]> updates,
                        List<TestOutputTopic<String, byte[]>> outputs, Instant[] now) {
    }

    private final Path stateDir;
    private final Map<Skill, Lane> lanes = new EnumMap<>(Skill.class);

    SkillLanes(long minMinutes) {
        try {
            // The test driver writes checkpoint files after every record: tmpfs keeps that cheap.
            Path shm = Path.of("/dev/shm");
            stateDir = Files.isWritable(shm) ? Files.createTempDirectory(shm, "skill-reference-")
                    : Files.createTempDirectory("skill-reference-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (SkillModel model : SkillModels.all()) {
            var calculator = new StandingsCalculator(model, new ScoreFormula(model.defaultWeights()), minMinutes);
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reference-" + model.skill().path());
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, InMemoryRocksDB.class);
            var driver = new TopologyTestDriver(SkillTopology.build(TOPICS, calculator, FLUSH), props, START);
            var outputs = List.of(TOPICS.skillStandings(), TOPICS.skillRankings(), TOPICS.skillBadgeEvents(),
                    TOPICS.skillStandingsByMatchday()).stream().map(t -> driver.createOutputTopic(t,
                    new StringDeserializer(), new ByteArrayDeserializer())).toList();
            lanes.put(model.skill(), new Lane(driver, driver.createInputTopic(TOPICS.matchFactUpdates(),
                    new StringSerializer(), new ByteArraySerializer()), outputs, new Instant[] {START}));
        }
    }

    /** Pipes the scenario into every skill's topology, flushing where it says and at the end. */
    Map<Skill, Published> run(Scenario scenario) {
        Map<Skill, Published> published = new EnumMap<>(Skill.class);
        lanes.forEach((skill, lane) -> {
            for (ObjectNode step : scenario.steps()) {
                if (step == null) {
                    flush(lane);
                } else {
                    lane.updates.pipeInput(step.get("matchId").asText(), Json.write(step), lane.now[0]);
                }
            }
            flush(lane);
            String key = skill.rankingKey(scenario.season());
            byte[] standings = last(lane.outputs.get(0).readKeyValuesToList(), key);
            byte[] ranking = last(lane.outputs.get(1).readKeyValuesToList(), key);
            lane.outputs.subList(2, 4).forEach(TestOutputTopic::readKeyValuesToList);  // drop the rest
            published.put(skill, new Published(standings == null ? null : Json.read(standings, Standings.class),
                    ranking == null ? null : Json.read(ranking, Ranking.class)));
        });
        return published;
    }

    /**
     * Stage one (lines of the match) needs one punctuation, stage two (the season) the next — for input
     * that does not lag (FlushPace), hence records stamped with the wall clock.
     */
    private static void flush(Lane lane) {
        for (int i = 0; i < 2; i++) {
            lane.driver.advanceWallClockTime(FLUSH);
            lane.now[0] = lane.now[0].plus(FLUSH);
        }
    }

    private static byte[] last(List<KeyValue<String, byte[]>> records, String key) {
        byte[] last = null;
        for (KeyValue<String, byte[]> r : records) {
            last = r.key.equals(key) ? r.value : last;
        }
        return last;
    }

    @Override
    public void close() {
        lanes.values().forEach(l -> l.driver.close());
        try (var files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
