package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import skill.core.model.MatchFact;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard reads besides rankings: seasons, search, a player's history, its files, and CORS. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {
    private static final String APP = "https://app.example";
    private ApiServer api;

    @BeforeAll
    void start() {
        api = ApiServer.start("api-dashboard", Map.of("micronaut.server.cors.enabled", true,
                "micronaut.server.cors.configurations.app.allowed-origins", List.of(APP),
                "micronaut.server.cors.configurations.app.allowed-methods", List.of("GET")));
        api.publish(named("2023-24", Skill.FINISHER, 20, "Thomas Müller", "Martin Ødegaard", "Florian Wirtz"));
        api.publish(named("2022-23", Skill.FINISHER, 34, "Thomas Müller"));
        for (int matchday = 1; matchday <= 3; matchday++) {
            api.publishAsOf(TestStandings.of("2023-24", Skill.INITIATOR, matchday, 0, matchday));
        }
        api.await("/api/v1/seasons", j -> j.get("seasons").size() == 2);
        api.await("/api/v1/players/P01/history", j -> j.get("skills").get("initiator").size() == 3);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void listsTheSeasonsLatestFirst() {
        JsonNode body = ApiServer.json(api.get("/api/v1/seasons"));
        assertThat(body.get("competition").asText()).isEqualTo("BL1");
        assertThat(body.get("latest").asText()).isEqualTo("2023-24");
        JsonNode latest = body.get("seasons").get(0);
        assertThat(latest.get("season").asText()).isEqualTo("2023-24");
        assertThat(latest.get("asOfMatchday").asInt()).isEqualTo(20);
        assertThat(latest.get("players").asInt()).isEqualTo(3);
        assertThat(latest.get("skills").get(0).asText()).isEqualTo("finisher");
        assertThat(body.get("seasons").get(1).get("season").asText()).isEqualTo("2022-23");
    }

    @Test
    void findsPlayersByNameWithoutCaseOrAccents() {
        JsonNode muller = ApiServer.json(api.get("/api/v1/players?query=MULLER"));
        assertThat(muller.get("competition").asText()).isEqualTo("BL1");
        assertThat(muller.get("season").asText()).isEqualTo("2023-24");
        assertThat(muller.get("total").asInt()).isEqualTo(1);
        assertThat(muller.get("players").get(0).get("playerName").asText()).isEqualTo("Thomas Müller");
        assertThat(muller.get("players").get(0).get("playerId").asText()).isEqualTo("P01");
        assertThat(muller.get("players").get(0).get("teamName").asText()).isEqualTo("Leverkusen");
        JsonNode both = ApiServer.json(api.get("/api/v1/players?query=" + "od"));
        assertThat(both.get("players")).extracting(p -> p.get("playerName").asText()).containsExactly("Martin Ødegaard");
        JsonNode paged = ApiServer.json(api.get("/api/v1/players?query=rt&limit=1"));
        assertThat(paged.get("total").asInt()).isEqualTo(2);
        assertThat(paged.get("players").get(0).get("playerName").asText()).isEqualTo("Florian Wirtz");
        assertThat(ApiServer.json(api.get("/api/v1/players?query=nobody")).get("players")).isEmpty();
        assertThat(api.get("/api/v1/players?query=m").code()).isEqualTo(400);
        assertThat(api.get("/api/v1/players").code()).isEqualTo(400);
        assertThat(api.get("/api/v1/players?query=" + "x".repeat(51)).code()).isEqualTo(400);
        assertThat(api.get("/api/v1/players?query=ab&limit=0").code()).isEqualTo(400);
        assertThat(api.get("/api/v1/players/" + "x".repeat(101) + "/skills").code()).isEqualTo(400);
    }

    @Test
    void tracesAPlayerOverTheMatchdays() {
        JsonNode body = ApiServer.json(api.get("/api/v1/players/P01/history"));
        assertThat(body.get("competition").asText()).isEqualTo("BL1");
        assertThat(body.get("season").asText()).isEqualTo("2023-24");
        JsonNode initiator = body.get("skills").get("initiator");
        assertThat(initiator).extracting(p -> p.get("matchday").asInt()).containsExactly(1, 2, 3);
        assertThat(initiator.get(2).get("rank").asInt()).isEqualTo(1);
        assertThat(initiator.get(2).get("score").asDouble()).isEqualTo(0.99);
        JsonNode p03 = ApiServer.json(api.get("/api/v1/players/P03/history")).get("skills").get("initiator");
        assertThat(p03.get(0).get("rank").isNull()).as("not listed on matchday 1").isTrue();
        assertThat(p03.get(2).get("rank").asInt()).isEqualTo(3);
        assertThat(body.get("skills").get("sprinter")).isEmpty();
        assertThat(api.get("/api/v1/players/NOBODY/history").code()).isEqualTo(404);
    }

    @Test
    void servesTheDashboardAndSwaggerUiFromTheJar() {
        HttpResponse<String> index = api.get("/");
        assertThat(index.code()).isEqualTo(200);
        assertThat(index.getBody(String.class).orElseThrow()).contains("<title>Skill").doesNotContain("https://");
        assertThat(api.get("/app.js").getBody(String.class).orElseThrow()).contains("EventSource");
        assertThat(api.get("/swagger-ui/index.html").code()).isEqualTo(200);
        assertThat(api.get("/swagger-ui/swagger-ui-bundle.js").code()).isEqualTo(200);
        assertThat(api.get("/swagger-ui/swagger-initializer.js").getBody(String.class).orElseThrow())
                .contains("skill-api-v1.yml");
        assertThat(api.get("/nothing.html").code()).isEqualTo(404);
    }

    @Test
    void allowsTheConfiguredOriginsOnly() {
        HttpResponse<String> allowed = api.send(HttpRequest.GET("/api/v1/seasons").header(HttpHeaders.ORIGIN, APP));
        assertThat(allowed.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo(APP);
        HttpResponse<String> preflight = api.send(HttpRequest.OPTIONS("/api/v1/rankings/finisher")
                .header(HttpHeaders.ORIGIN, APP).header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"));
        assertThat(preflight.code()).isEqualTo(200);
        assertThat(preflight.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET");
        HttpResponse<String> other = api.send(HttpRequest.GET("/api/v1/seasons").header(HttpHeaders.ORIGIN, "https://evil.example"));
        assertThat(other.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
    }

    private static Standings named(String season, Skill skill, int matchday, String... names) {
        List<StandingEntry> entries = new ArrayList<>();
        for (int i = 1; i <= names.length; i++) {
            entries.add(new StandingEntry(i, TestStandings.id(i), names[i - 1], "T1", "Leverkusen", 1.0 - i / 10.0, 300,
                    true, Map.of("goals", 1.0)));
        }
        return new Standings(MatchFact.DEFAULT_COMPETITION, season, skill, matchday, Instant.parse("2024-03-01T12:00:00Z"), names.length, entries);
    }
}
