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
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        api.publish(Skill.FINISHER.rankingKey("BL1", "2023-24"), "not json".getBytes(StandardCharsets.UTF_8));
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
        assertEquals("BL1", body.get("competition").asText(), "the default competition");
        assertEquals("2023-24", body.get("season").asText());
        assertEquals(20, body.get("asOfMatchday").asInt());
        assertEquals("2024-03-01T12:00:20Z", body.get("updatedAt").asText());
        assertEquals(12, body.get("total").asInt());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ints(body, "rank"));
        JsonNode first = body.get("entries").get(0);
        assertEquals("P01", first.get("playerId").asText());
        assertEquals("Player 1", first.get("playerName").asText());
        assertEquals("T1", first.get("teamId").asText());
        assertEquals("Club 1", first.get("teamName").asText());
        assertEquals(1, first.get("sharedRank").asInt());
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
        assertEquals("No standings for BL1 2023-24 yet.", body.get("emptyReason").asText());
        JsonNode future = ApiServer.json(api.get("/api/v1/rankings/finisher?season=2030-31"));
        assertEquals("2030-31", future.get("season").asText());
        assertEquals(0, future.get("total").asInt());
    }

    @Test
    void anEmptyRankingSaysWhy() {
        api.publish(untracked("2022-23"));
        api.publish(TestStandings.of("2023-24", Skill.BALL_WINNER, 0, 3, 20));
        JsonNode sprinter = api.await("/api/v1/rankings/sprinter?season=2022-23", j -> j.get("asOfMatchday").asInt() == 34);
        assertEquals(0, sprinter.get("total").asInt());
        assertEquals("No tracking data for BL1 2022-23: the sprinter ranks players with tracking only.",
                sprinter.get("emptyReason").asText());
        JsonNode ballWinner = api.await("/api/v1/rankings/ball-winner", j -> j.get("asOfMatchday").asInt() == 20);
        assertEquals(0, ballWinner.get("entries").size());
        assertEquals("No player has played the minimum minutes yet.", ballWinner.get("emptyReason").asText());
        assertTrue(ApiServer.json(api.get("/api/v1/rankings/finisher")).get("emptyReason").isNull());
        assertTrue(ApiServer.json(api.get("/api/v1/rankings/finisher?offset=50")).get("emptyReason").isNull(),
                "a page beyond the end of a ranking with players");
    }

    @Test
    void equalScoresShareTheirPlace() {
        api.publish(tied("2021-22", 0.9, 0.8, 0.8, 0.7));
        JsonNode body = api.await("/api/v1/rankings/finisher?season=2021-22", j -> j.get("total").asInt() == 4);
        assertEquals(List.of(1, 2, 3, 4), ints(body, "rank"));
        assertEquals(List.of(1, 2, 2, 4), ints(body, "sharedRank"));
        assertTrue(body.get("entries").get(0).get("teamName").isNull(), "a club without a name has its id only");
        assertEquals("T1", body.get("entries").get(0).get("teamId").asText());
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

    /** A sprinter's standings of players without tracking: no top speed, no sprint; so no one is ranked. */
    private static Standings untracked(String season) {
        Map<String, Double> noTracking = new HashMap<>();
        noTracking.put("topSpeedKmh", null);
        noTracking.put("sprints", 0.0);
        List<StandingEntry> entries = List.of(
                new StandingEntry(null, "P01", "Player 1", "T1", "Club 1", null, 900, false, noTracking),
                new StandingEntry(null, "P02", "Player 2", "T2", "Club 2", null, 850, false, noTracking));
        return new Standings("BL1", season, Skill.SPRINTER, 34, TestStandings.UPDATED_AT, 0, entries);
    }

    private static Standings tied(String season, double... scores) {
        List<StandingEntry> entries = new ArrayList<>();
        for (int i = 1; i <= scores.length; i++) {
            entries.add(new StandingEntry(i, TestStandings.id(i), "Player " + i, "T1", null, scores[i - 1], 300, true,
                    Map.of("goals", 1.0)));
        }
        return new Standings("BL1", season, Skill.FINISHER, 34, TestStandings.UPDATED_AT, scores.length, entries);
    }

    private static List<Integer> ints(JsonNode body, String field) {
        List<Integer> values = new ArrayList<>();
        body.get("entries").forEach(e -> values.add(e.get(field).asInt()));
        return values;
    }
}
