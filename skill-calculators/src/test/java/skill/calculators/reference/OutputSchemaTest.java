package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.calculators.streams.SkillTopology;
import skill.core.Topics;
import skill.core.codec.FactCodec;
import skill.core.codec.Json;
import skill.core.skills.SkillModels;
import skill.core.standings.ScoreFormula;
import skill.core.standings.StandingsCalculator;
import skill.testsupport.ContractSchemas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the calculators publish for a small season (four teams, two matchdays of two matches, every kind
 * of event) against the published schemas (docs/asyncapi.yaml): every message on skill-rankings,
 * skill-standings, skill-standings-by-matchday and skill-badge-events, key and value, and each key
 * naming what its value is about.
 */
class OutputSchemaTest {
    private static final Topics TOPICS = Topics.defaults();
    private static final List<String> OUTPUTS = List.of(TOPICS.skillRankings(), TOPICS.skillStandings(),
            TOPICS.skillStandingsByMatchday(), TOPICS.skillBadgeEvents());

    @TempDir
    Path stateDir;

    @Test
    void everyPublishedMessageKeepsTheSchemaOfItsTopic() {
        List<StandingsCalculator> calculators = SkillModels.all().stream()
                .map(m -> new StandingsCalculator(m, new ScoreFormula(m.defaultWeights()), 90)).toList();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "output-schema-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, InMemoryRocksDB.class);
        ContractSchemas schemas = ContractSchemas.load();
        Map<String, Integer> published = new TreeMap<>();
        Map<String, Long> problems = new TreeMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(SkillTopology.build(TOPICS, calculators), props)) {
            TestInputTopic<String, byte[]> updates = driver.createInputTopic(TOPICS.matchFactUpdates(),
                    new StringSerializer(), new ByteArraySerializer());
            LeagueGenome league = new LeagueGenome(List.of(genome(new Random(7))), List.of(), List.of());
            for (JsonNode step : Scenario.of(league, 2023).messages()) {
                byte[] fact = Json.write(step);
                updates.pipeInput(FactCodec.read(fact).fact().rankingScope(), fact);
            }
            for (String topic : OUTPUTS) {
                for (KeyValue<String, byte[]> r : driver.createOutputTopic(topic, new StringDeserializer(),
                        new ByteArrayDeserializer()).readKeyValuesToList()) {
                    published.merge(topic, 1, Integer::sum);
                    List<String> errors = new ArrayList<>(schemas.errors(topic, r.key, r.value));
                    if (r.value != null && !r.key.equals(expectedKey(topic, r.key, Json.read(r.value, ObjectNode.class)))) {
                        errors.add("key is not what the value is about");
                    }
                    // One line per kind of error, whatever entry it hit.
                    errors.forEach(e -> problems.merge(topic + " " + e.replaceAll("/[0-9]+", "/*"), 1L, Long::sum));
                }
            }
        }
        assertThat(published).as("messages per topic").containsOnlyKeys(OUTPUTS)
                .allSatisfy((topic, n) -> assertThat(n).as(topic).isPositive());
        assertThat(problems).as("schema errors (error: how many), of %s messages", published).isEmpty();
    }

    /** Every match full of events, in order and without disorder: the genes read as SeasonBuilder reads them. */
    private static Genome genome(Random random) {
        List<int[]> headers = IntStream.range(0, Genome.MAX_MATCHES)
                .mapToObj(i -> random.ints(Genome.HEADER_GENES, 0, 1000).toArray()).toList();
        List<List<int[]>> events = IntStream.range(0, Genome.MAX_MATCHES).mapToObj(i -> IntStream.range(0, 14)
                .mapToObj(j -> random.ints(Genome.EVENT_GENES, 0, 1000).toArray()).toList()).toList();
        return new Genome(2, 2, headers, events, List.of(), 0, 0);
    }

    /** Contract §4 and docs/contract.md: {competition}|{season}|{SKILL}, by matchday with |{matchday}; badge events by playerId. */
    private static String expectedKey(String topic, String key, JsonNode value) {
        if (topic.equals(TOPICS.skillBadgeEvents())) {
            return value.path("playerId").asText();
        }
        String scope = value.path("competition").asText() + "|" + value.path("season").asText() + "|"
                + value.path("skill").asText();
        return topic.equals(TOPICS.skillStandingsByMatchday()) ? scope + key.substring(key.lastIndexOf('|')) : scope;
    }
}
