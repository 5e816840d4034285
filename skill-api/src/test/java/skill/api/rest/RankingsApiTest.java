package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import skill.core.skills.Skill;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingsApiTest {
    private ApiServer api;

    @BeforeAll
    void start() {
        api = ApiServer.start("api-rankings");
        // Same key as the valid finisher standings, so the same partition: read first, then skipped.
        api.publish(Skill.FINISHER.rankingKey("2023-24"), "not json".getBytes(StandardCharsets.UTF_8));
        api.publish(TestStandings.of("2023-24", Skill.FINISHER, 12, 2, 20));
        api.publish(TestStandings.of("2022-23", Skill.FINISHER, 3, 0, 34));
        api.await("/api/v1/rankings/finisher?season=2022-23", j -> j.get("total").asInt() == 3);
        api.await("/api/v1/rankings/finisher", j -> j.get("total").asInt() == 12);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void defaultsToTheLatestSeasonAndTheTop10() {
        JsonNode body = ApiServer.json(api.get("/api/v1/rankings/finisher"));
        assertEquals("finisher", body.get("skill").asText());
        assertEquals("2023-24", body.get("season").asText());
        assertEquals(20, body.get("asOfMatchday").asInt());
        assertEquals("2024-03-01T12:00:20Z", body.get("updatedAt").asText());
        assertEquals(12, body.get("total").asInt());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ints(body, "rank"));
        JsonNode first = body.get("entries").get(0);
        assertEquals("P01", first.get("playerId").asText());
        assertEquals("Player 1", first.get("playerName").asText());
        assertEquals("T1", first.get("teamId").asText());
        assertEquals(0.99, first.get("score").asDouble());
        assertEquals(301, first.get("minutesPlayed").asInt());
        assertEquals(11.0, first.get("metrics").get("goals").asDouble());
        assertTrue(first.get("badge").asBoolean());
    }

    @Test
    void pagesThroughRankedPlayersOnly() {
        JsonNode tail = ApiServer.json(api.get("/api/v1/rankings/finisher?limit=5&offset=8"));
        assertEquals(12, tail.get("total").asInt());
        assertEquals(List.of(9, 10, 11, 12), ints(tail, "rank"));
        List<Boolean> badges = new ArrayList<>();
        tail.get("entries").forEach(e -> badges.add(e.get("badge").asBoolean()));
        assertEquals(List.of(true, true, false, false), badges);

        JsonNode all = ApiServer.json(api.get("/api/v1/rankings/finisher?limit=100"));
        assertEquals(12, all.get("entries").size(), "players below min minutes are not ranked");
        JsonNode beyond = ApiServer.json(api.get("/api/v1/rankings/finisher?offset=50"));
        assertEquals(0, beyond.get("entries").size());
        assertEquals(12, beyond.get("total").asInt());
    }

    @Test
    void servesAnEarlierSeasonOnRequest() {
        JsonNode body = ApiServer.json(api.get("/api/v1/rankings/finisher?season=2022-23"));
        assertEquals("2022-23", body.get("season").asText());
        assertEquals(List.of(1, 2, 3), ints(body, "rank"));
    }

    @Test
    void servesTheRankingAsOfAMatchday() {
        api.publishAsOf(TestStandings.of("2023-24", Skill.FINISHER, 4, 0, 3));
        api.publishAsOf(TestStandings.of("2023-24", Skill.FINISHER, 6, 0, 5));
        api.await("/api/v1/rankings/finisher?matchday=5", body -> body.get("total").asInt() == 6);

        JsonNode between = ApiServer.json(api.get("/api/v1/rankings/finisher?matchday=4"));
        assertEquals(3, between.get("asOfMatchday").asInt());
        assertEquals(4, between.get("total").asInt());
        JsonNode before = ApiServer.json(api.get("/api/v1/rankings/finisher?matchday=2"));
        assertEquals(0, before.get("total").asInt());
        assertEquals(400, api.get("/api/v1/rankings/finisher?matchday=0").code());
        assertEquals(400, api.get("/api/v1/rankings/finisher?matchday=100").code());
        assertEquals(400, api.get("/api/v1/rankings/finisher?matchday=x").code());
    }

    @Test
    void aSkillWithoutStandingsIsAnEmptyRanking() {
        HttpResponse<String> response = api.get("/api/v1/rankings/sprinter");
        assertEquals(200, response.code());
        JsonNode body = ApiServer.json(response);
        assertEquals("sprinter", body.get("skill").asText());
        assertEquals("2023-24", body.get("season").asText());
        assertEquals(0, body.get("asOfMatchday").asInt());
        assertTrue(body.get("updatedAt").isNull());
        assertEquals(0, body.get("total").asInt());
        assertEquals(0, body.get("entries").size());
        JsonNode future = ApiServer.json(api.get("/api/v1/rankings/finisher?season=2030-31"));
        assertEquals("2030-31", future.get("season").asText());
        assertEquals(0, future.get("total").asInt());
    }

    @Test
    void revalidatesWithETagsAsRankingsChangeLive() {
        String uri = "/api/v1/rankings/initiator";
        api.publish(TestStandings.of("2023-24", Skill.INITIATOR, 4, 0, 20));
        api.await(uri, j -> j.get("total").asInt() == 4);
        HttpResponse<String> first = api.get(uri);
        String etag = first.header(HttpHeaders.ETAG);
        assertNotNull(etag);
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), etag);
        assertEquals("no-cache", first.header(HttpHeaders.CACHE_CONTROL));
        assertNotEquals(etag, api.get(uri + "?limit=2").header(HttpHeaders.ETAG), "the page is part of the body");

        HttpResponse<String> unchanged = api.send(HttpRequest.GET(uri).header(HttpHeaders.IF_NONE_MATCH, etag));
        assertEquals(304, unchanged.code());
        assertFalse(unchanged.getBody(String.class).filter(b -> !b.isEmpty()).isPresent());
        assertEquals(etag, unchanged.header(HttpHeaders.ETAG));

        api.publish(TestStandings.of("2023-24", Skill.INITIATOR, 5, 0, 21));
        api.await(uri, j -> j.get("total").asInt() == 5);
        HttpResponse<String> changed = api.send(HttpRequest.GET(uri).header(HttpHeaders.IF_NONE_MATCH, etag));
        assertEquals(200, changed.code());
        assertNotEquals(etag, changed.header(HttpHeaders.ETAG));
    }

    @Test
    void countsAndSkipsMalformedStandings() {
        double rejected = api.context().getBean(MeterRegistry.class).counter("skill.api.standings.rejected").count();
        assertEquals(1.0, rejected);
    }

    private static List<Integer> ints(JsonNode body, String field) {
        List<Integer> values = new ArrayList<>();
        body.get("entries").forEach(e -> values.add(e.get(field).asInt()));
        return values;
    }
}
