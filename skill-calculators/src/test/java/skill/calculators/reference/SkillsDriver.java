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
import skill.core.skills.SkillModels;
import skill.core.standings.Ranking;
import skill.core.standings.ScoreFormula;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The real topology with every skill in it, as the service runs it, in one TopologyTestDriver kept
 * open across tries (a driver takes ~0.15 s to start). Tries cannot see each other because each has
 * its own season (standings, lines) and its own matchIds (facts).
 */
final class SkillsDriver implements AutoCloseable {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final Topics TOPICS = Topics.defaults();

    /** The last standings and top 10 a skill published for the season. */
    record Published(Standings standings, Ranking ranking) {
    }

    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> updates;
    private final List<TestOutputTopic<String, byte[]>> outputs;

    SkillsDriver(long minMinutes) {
        try {
            // The test driver writes checkpoint files after every record: tmpfs keeps that cheap.
            Path shm = Path.of("/dev/shm");
            stateDir = Files.isWritable(shm) ? Files.createTempDirectory(shm, "skill-reference-")
                    : Files.createTempDirectory("skill-reference-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<StandingsCalculator> calculators = SkillModels.all().stream().map(model ->
                new StandingsCalculator(model, new ScoreFormula(model.defaultWeights()), minMinutes)).toList();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "reference-skills");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, InMemoryRocksDB.class);
        driver = new TopologyTestDriver(SkillTopology.build(TOPICS, calculators), props, START);
        outputs = List.of(TOPICS.skillStandings(), TOPICS.skillRankings(), TOPICS.skillBadgeEvents(),
                TOPICS.skillStandingsByMatchday()).stream().map(t -> driver.createOutputTopic(t,
                new StringDeserializer(), new ByteArrayDeserializer())).toList();
        updates = driver.createInputTopic(TOPICS.matchFactUpdates(), new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Pipes the scenario into the topology, keyed by season as the dispatcher publishes. The test driver
     * commits after every record, so every record is ranked at once; the scenario's commit points
     * (null steps) change nothing here.
     */
    Map<Skill, Published> run(Scenario scenario) {
        for (ObjectNode step : scenario.steps()) {
            if (step != null) {
                // Keyed as the dispatcher keys update events: competition and season.
                updates.pipeInput(step.get("competition").asText() + "|" + step.get("season").asText(),
                        Json.write(step), START);
            }
        }
        List<KeyValue<String, byte[]>> standings = outputs.get(0).readKeyValuesToList();
        List<KeyValue<String, byte[]>> rankings = outputs.get(1).readKeyValuesToList();
        outputs.subList(2, 4).forEach(TestOutputTopic::readKeyValuesToList);  // drop the rest
        Map<Skill, Published> published = new EnumMap<>(Skill.class);
        for (Skill skill : Skill.values()) {
            String key = skill.rankingKey("BL1", scenario.season());
            byte[] current = last(standings, key);
            byte[] top = last(rankings, key);
            published.put(skill, new Published(current == null ? null : Json.read(current, Standings.class),
                    top == null ? null : Json.read(top, Ranking.class)));
        }
        return published;
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
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
