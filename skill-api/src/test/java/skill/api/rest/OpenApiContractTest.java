package skill.api.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the API serves (generated from the controllers) against the public contract's
 * §5: the paths, their parameters and limits, the response fields, and problem+json errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTest {
    private static final String PROBLEM = "application/problem+json";
    private ApiServer api;
    private Map<String, Object> doc;

    @BeforeAll
    void start() {
        api = ApiServer.start("api-openapi");
        var response = api.get("/swagger/skill-api-v1.yml");
        assertThat(response.code()).isEqualTo(200);
        doc = new Yaml().load(response.getBody(String.class).orElseThrow());
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void describesTheRankingEndpoint() {
        Map<String, Object> get = operation("/api/v1/rankings/{skill}");
        assertThat(map(parameter(get, "skill").get("schema")).get("enum"))
                .isEqualTo(List.of("initiator", "finisher", "sprinter", "ball-winner"));
        assertThat(parameter(get, "skill").get("in")).isEqualTo("path");
        assertThat(parameter(get, "season").get("in")).isEqualTo("query");
        assertCompetitionParameter(get);
        Map<String, Object> limit = parameter(get, "limit");
        assertThat(limit.get("required")).isNotEqualTo(true);
        assertThat(map(limit.get("schema"))).containsEntry("minimum", 1).containsEntry("maximum", 100)
                .containsEntry("default", 10);
        assertThat(map(parameter(get, "offset").get("schema"))).containsEntry("minimum", 0).containsEntry("default", 0);
        assertThat(parameter(get, "matchday").get("in")).isEqualTo("query");

        Map<String, Object> ranking = schema(get, "200", "application/json");
        assertThat(properties(ranking)).containsKeys("skill", "competition", "season", "asOfMatchday", "updatedAt", "total",
                "entries", "emptyReason");
        assertThat(map(properties(ranking).get("emptyReason"))).containsEntry("nullable", true).containsKey("description");
        Map<String, Object> entry = resolve(map(map(properties(ranking).get("entries")).get("items")));
        assertThat(properties(entry)).containsKeys("rank", "sharedRank", "playerId", "playerName", "teamId", "teamName",
                "score", "minutesPlayed", "metrics", "badge");
        assertProblems(get, "400", "404");
    }

    @Test
    void describesThePlayerEndpoint() {
        Map<String, Object> get = operation("/api/v1/players/{playerId}/skills");
        assertThat(parameter(get, "playerId").get("in")).isEqualTo("path");
        assertThat(parameter(get, "season").get("in")).isEqualTo("query");
        assertCompetitionParameter(get);
        Map<String, Object> player = schema(get, "200", "application/json");
        assertThat(properties(player)).containsKeys("playerId", "playerName", "teamId", "teamName", "competition", "season",
                "minutesPlayed", "skills");
        Map<String, Object> standing = resolve(map(map(properties(player).get("skills")).get("additionalProperties")));
        assertThat(properties(standing)).containsKeys("rank", "score", "badge", "eligible", "metrics");
        assertThat(map(properties(standing).get("rank")).get("nullable")).as("rank null when not eligible").isEqualTo(true);
        assertProblems(get, "400", "404");
    }

    @Test
    void everyRankingPlayerAndBadgeEndpointTakesTheCompetition() {
        for (String path : List.of("/api/v1/rankings/{skill}/stream", "/api/v1/players", "/api/v1/players/{playerId}/history",
                "/api/v1/badge-events", "/api/v1/badge-events/stream", "/api/v1/seasons")) {
            assertCompetitionParameter(operation(path));
            assertProblems(operation(path), "404");
        }
        Map<String, Object> event = resolve(map(map(schema(operation("/api/v1/badge-events"), "200", "application/json")
                .get("items"))));
        assertThat(properties(event)).containsKeys("competition", "season", "skill", "playerId", "playerName", "teamName",
                "kind", "oldRank", "newRank", "score", "at", "live", "cause");
        assertThat(properties(resolve(map(properties(event).get("cause")))))
                .containsKeys("matchId", "factId", "type", "playerId", "occurredAt");
    }

    @Test
    void describesTheAddedEndpoints() {
        assertThat(parameter(operation("/api/v1/players"), "query").get("in")).isEqualTo("query");
        assertThat(properties(schema(operation("/api/v1/players"), "200", "application/json")))
                .containsKeys("competition", "players", "total");
        assertThat(properties(schema(operation("/api/v1/seasons"), "200", "application/json")))
                .containsKeys("competition", "latest", "seasons");
        Map<String, Object> competitions = schema(operation("/api/v1/competitions"), "200", "application/json");
        assertThat(properties(competitions)).containsKeys("defaultCompetition", "competitions");
        assertThat(properties(resolve(map(map(properties(competitions).get("competitions")).get("items")))))
                .containsKeys("competition", "latest", "seasons");
        assertThat(properties(schema(operation("/api/v1/players/{playerId}/history"), "200", "application/json")))
                .containsKeys("playerId", "competition", "season", "skills");
        for (String stream : List.of("/api/v1/rankings/{skill}/stream", "/api/v1/badge-events/stream")) {
            assertThat(map(map(map(operation(stream).get("responses")).get("200")).get("content")))
                    .containsKey("text/event-stream");
            assertProblems(operation(stream), "429", "503");
        }
        assertThat(operation("/api/v1/badge-events")).isNotNull();
    }

    private static void assertCompetitionParameter(Map<String, Object> operation) {
        Map<String, Object> competition = parameter(operation, "competition");
        assertThat(competition.get("in")).isEqualTo("query");
        assertThat(competition.get("required")).isNotEqualTo(true);
        assertThat(map(competition.get("schema"))).containsEntry("pattern", ApiParams.COMPETITION_PATTERN);
    }

    private void assertProblems(Map<String, Object> operation, String... statuses) {
        for (String status : statuses) {
            assertThat(properties(schema(operation, status, PROBLEM))).containsKeys("type", "title", "status", "detail", "instance");
        }
    }

    private Map<String, Object> operation(String path) {
        Map<String, Object> item = map(map(doc.get("paths")).get(path));
        assertThat(item).as("path %s", path).isNotNull();
        return map(item.get("get"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameter(Map<String, Object> operation, String name) {
        return ((List<Map<String, Object>>) operation.get("parameters")).stream()
                .filter(p -> name.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name));
    }

    private Map<String, Object> schema(Map<String, Object> operation, String status, String mediaType) {
        Map<String, Object> response = map(map(operation.get("responses")).get(status));
        assertThat(response).as("response %s", status).isNotNull();
        return resolve(map(map(map(response.get("content")).get(mediaType)).get("schema")));
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.toString().substring("#/components/schemas/".length());
        return resolve(map(map(map(doc.get("components")).get("schemas")).get(name)));
    }

    private static Map<String, Object> properties(Map<String, Object> schema) {
        return map(schema.get("properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
