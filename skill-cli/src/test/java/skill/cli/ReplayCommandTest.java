package skill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.Topics;
import skill.core.codec.Json;
import skill.core.skills.Skill;
import skill.testsupport.KafkaTestSupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A generated matchday replayed into the whole system: rankings appear over REST, topics tail prints
 * them, dlq show says why a broken fact was rejected.
 */
class ReplayCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(240);
    private static TestSystem system;
    private static URI api;
    private static final List<Skill> RANKED = List.of(Skill.INITIATOR, Skill.FINISHER, Skill.BALL_WINNER);

    @BeforeAll
    static void start() {
        // No sprinter: this replay sends no tracking frames (tracking=true would), so it would rank zeros only.
        system = TestSystem.start("replay", Map.of("skill.scoring.min-minutes", 90,
                "skill.calculators.skills",
                "initiator, finisher, ball-winner"));
        api = system.context().getBean(io.micronaut.runtime.server.EmbeddedServer.class).start().getURI();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void aReplayedGeneratedMatchdayFeedsTheSystemAndTopicsTailPrintsTheRankings() throws Exception {
        Topics topics = system.topics();
        CliRun replay = CliRun.onTestBroker("replay", "generated:seed=1,matchdays=1", "--topic", topics.matchFacts());
        assertThat(replay.exit()).as(replay.out()).isZero();
        assertThat(replay.out()).contains("Replayed", "facts of 9 matches to " + topics.matchFacts());
        System.out.println(replay.out());

        await().atMost(WAIT).untilAsserted(() -> {
            Map<Skill, JsonNode> bodies = new java.util.EnumMap<>(Skill.class);
            for (Skill skill : RANKED) {
                bodies.put(skill, get("/api/v1/rankings/" + skill.path() + "?season=2025-26"));
            }
            assertThat(bodies.values()).as("rankings %s", bodies).allSatisfy(body -> {
                assertThat(body.get("asOfMatchday").asInt()).isEqualTo(1);
                assertThat(body.get("entries")).hasSize(10);
                // Each club keeps at least five starters for the whole match (five substitutions, a red card).
                assertThat(body.get("total").asInt()).isGreaterThanOrEqualTo(18 * 5);
            });
        });
        JsonNode finisher = get("/api/v1/rankings/finisher?season=2025-26").get("entries").get(0);
        assertThat(finisher.get("playerId").asText()).startsWith("SYN-PLR-");
        assertThat(finisher.get("metrics").get("goals").asDouble()).isPositive();

        // Rankings follow every flush (updatedAt moves), so the first few may rank nobody yet: read them all.
        CliRun tail = CliRun.onTestBroker("topics", "tail", topics.skillRankings(), "--from-beginning", "--to-end");
        assertThat(tail.exit()).as(tail.out()).isZero();
        assertThat(tail.out()).contains("BL1 2025-26, as of matchday 1", "   1. ", " score ", " min ");
        CliRun badges = CliRun.onTestBroker("topics", "tail", topics.skillBadgeEvents(), "--from-beginning", "--max", "1");
        assertThat(badges.out()).containsPattern("(ENTERED_TOP10|NEW_LEADER|RANK_CHANGED|LEFT_TOP10) \\w+ BL1 2025-26: ");
    }

    @Test
    void dlqShowSaysWhyAFactWasRejected() {
        Topics topics = system.topics();
        KafkaTestSupport.produce(topics.matchFacts(), "M-broken", "{\"factId\": \"broken\", \"type\": \"SHOT\"}");

        await().atMost(WAIT).untilAsserted(() -> {
            CliRun dlq = CliRun.onTestBroker("dlq", "show", "--topic", topics.matchFactsDlq());
            assertThat(dlq.exit()).isZero();
            assertThat(dlq.out()).contains("1 dead letter(s)", "key M-broken from " + topics.matchFacts() + "/",
                    "reason: ", "version", "\"factId\": \"broken\"");
        });
    }

    @Test
    void tailOfAMissingTopicSaysSo() {
        CliRun tail = CliRun.onTestBroker("topics", "tail", "no-such-topic-" + System.nanoTime(), "--max", "1");
        assertThat(tail.exit()).isEqualTo(2);
        assertThat(tail.err()).contains("does not exist");
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(api.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }
}
