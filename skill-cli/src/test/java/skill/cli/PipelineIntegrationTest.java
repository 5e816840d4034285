package skill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.Facts.Fact;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.standings.Ranking;
import skill.testsupport.KafkaTestSupport;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static skill.core.Facts.min;

/**
 * One match's facts, with a duplicate, a stale version, an xGoals correction, a deletion and a
 * malformed message, travel dispatcher → PostgreSQL → update event → finisher calculator →
 * skill-rankings → REST, on a real broker and a real database.
 */
class PipelineIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static Topics topics;
    private static ApplicationContext context;
    private static URI api;

    @BeforeAll
    static void start() {
        TestSystem system = TestSystem.start("pipeline", Map.of("skill.scoring.min-minutes", 90,
                "skill.calculators.skills", "finisher, initiator"));
        topics = system.topics();
        context = system.context();
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        api = server.getURI();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aFactTravelsFromMatchFactsToTheRestApi() throws Exception {
        send(Facts.match("FINISHED", Facts.period(1, min(0), min(45)), Facts.period(2, min(60), min(105))));
        send(Facts.lineup(Facts.HOME, Facts.starter("P1"), Facts.starter("P2"), Facts.starter("P3")));
        send(Facts.lineup(Facts.AWAY, Facts.starter("Q1")));
        Fact p1Goal = Facts.shot("P1", 0.3, "GOAL").at(min(10));
        Fact p2Goal = Facts.shot("P2", 0.2, "GOAL").with("version", 2).at(min(20));
        Fact p3Goal = Facts.shot("P3", 0.4, "GOAL").at(min(30));
        send(p1Goal);
        send(p1Goal);                                           // duplicate
        send(p2Goal);
        send(Facts.shot("P2", 0.9, "SAVED").with("factId", id(p2Goal)).at(min(20)));  // stale version 1
        send(p1Goal.with("version", 2).with("xGoals", 0.5));    // xGoals corrected
        send(p3Goal);
        send(Facts.envelope("SHOT").with("factId", id(p3Goal)).with("version", 2).with("deleted", true));
        KafkaTestSupport.produce(topics.matchFacts(), Facts.MATCH_ID, "{\"type\": \"SHOT\", \"xGoals\": 1.7}");

        List<ConsumerRecord<String, String>> rankings = KafkaTestSupport.awaitRecords(topics.skillRankings(),
                read -> lastFinisherRanking(read).filter(PipelineIntegrationTest::isFinal).isPresent(), WAIT);
        Ranking top = lastFinisherRanking(rankings).orElseThrow();
        assertThat(top.entries()).as("ranking %s", top).extracting(Ranking.Entry::playerId)
                .containsExactly("P2", "P1", "P3", "Q1");
        assertThat(top.entries().get(1).metrics()).containsEntry("goals", 1.0).containsEntry("xGoals", 0.5)
                .containsEntry("shotEfficiency", 0.5).containsEntry("shots", 1.0);

        List<ConsumerRecord<String, String>> dead = KafkaTestSupport.awaitRecords(topics.matchFactsDlq(),
                read -> !read.isEmpty(), WAIT);
        assertThat(dead).singleElement().satisfies(r -> assertThat(r.value()).contains("1.7"));

        assertThat(storedVersions()).containsEntry(id(p1Goal), "2").containsEntry(id(p2Goal), "2")
                .containsEntry(id(p3Goal), "2 deleted");

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode body = get("/api/v1/rankings/finisher?season=2023-24");
            assertThat(body.get("total").asInt()).isEqualTo(4);
            assertThat(body.get("entries").get(0).get("playerId").asText()).isEqualTo("P2");
            assertThat(body.get("entries").get(1).get("metrics").get("xGoals").asDouble()).isEqualTo(0.5);
            assertThat(body.get("entries").get(2).get("metrics").get("goals").asDouble()).isEqualTo(0.0);
        });
    }

    /** All four calculators publish to skill-rankings; the finisher's messages have their own key. */
    private static Optional<Ranking> lastFinisherRanking(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> r.key().equals("BL1|2023-24|FINISHER")).reduce((a, b) -> b)
                .map(PipelineIntegrationTest::ranking);
    }

    /**
     * The state after every message: P1's corrected xGoals counted, P3's deleted goal not, P2's stale
     * version ignored. Intermediate rankings may come first; the last one must reach this state.
     */
    private static boolean isFinal(Ranking r) {
        return r.entries().stream().map(Ranking.Entry::playerId).toList().equals(List.of("P2", "P1", "P3", "Q1"))
                && r.entries().get(0).metrics().get("xGoals") == 0.2
                && r.entries().get(1).metrics().get("xGoals") == 0.5
                && r.entries().get(2).metrics().get("goals") == 0.0;
    }

    private static Map<String, String> storedVersions() throws Exception {
        Map<String, String> versions = new HashMap<>();
        try (Connection c = context.getBean(DataSource.class).getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT fact_id, version, deleted FROM match_fact")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getInt(2) + (rs.getBoolean(3) ? " deleted" : ""));
            }
        }
        return versions;
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(api.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private static Ranking ranking(ConsumerRecord<String, String> r) {
        return Json.read(r.value().getBytes(StandardCharsets.UTF_8), Ranking.class);
    }

    private static void send(Fact fact) {
        KafkaTestSupport.produce(topics.matchFacts(), Facts.MATCH_ID, fact.bytes());
    }

    private static String id(Fact fact) {
        return fact.json().get("factId").asText();
    }
}
