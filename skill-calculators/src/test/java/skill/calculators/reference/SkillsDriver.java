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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The real topology with every skill in it, as the service runs it, in one TopologyTestDriver kept
 * open across tries (a driver takes ~0.15 s to start). Tries cannot see each other because each has
 * seasons (standings, lines) and matchIds (facts) of its own.
 */
final class SkillsDriver implements AutoCloseable {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final Topics TOPICS = Topics.defaults();

    /** The last standings and top 10 published under a ranking key; either null where none was. */
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
     * Pipes the scenario into the topology, each message keyed by its competition and season as the
     * dispatcher keys update events, and reads back per ranking key ({@code {competition}|{season}|{SKILL}})
     * the last standings and top 10 published in this run. The test driver commits after every
     * record, so every record is ranked at once; the scenario's commit points (null steps) change nothing here.
     */
    Map<String, Published> run(Scenario scenario) {
        for (ObjectNode step : scenario.steps()) {
            if (step != null) {
                updates.pipeInput(step.get("competition").asText() + "|" + step.get("season").asText(),
                        Json.write(step), START);
            }
        }
        List<KeyValue<String, byte[]>> standings = outputs.get(0).readKeyValuesToList();
        List<KeyValue<String, byte[]>> rankings = outputs.get(1).readKeyValuesToList();
        outputs.subList(2, 4).forEach(TestOutputTopic::readKeyValuesToList);  // drop the rest
        Set<String> keys = new TreeSet<>();
        standings.forEach(r -> keys.add(r.key));
        rankings.forEach(r -> keys.add(r.key));
        Map<String, Published> published = new TreeMap<>();
        for (String key : keys) {
            byte[] current = last(standings, key);
            byte[] top = last(rankings, key);
            published.put(key, new Published(current == null ? null : Json.read(current, Standings.class),
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
