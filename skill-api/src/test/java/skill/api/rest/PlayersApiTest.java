package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import skill.core.codec.Json;
import skill.core.skills.Skill;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlayersApiTest {
    private static final String NOT_RANKED =
            "{\"rank\":null,\"score\":null,\"badge\":false,\"eligible\":false,\"metrics\":{}}";
    private ApiServer api;

    @BeforeAll
    void start() {
        api = ApiServer.start("api-players");
        api.publish(TestStandings.of("2023-24", Skill.FINISHER, 12, 2, 20));
        api.publish(TestStandings.of("2023-24", Skill.INITIATOR, 3, 0, 20));
        api.publish(TestStandings.of("2022-23", Skill.BALL_WINNER, 1, 0, 34));
        api.await("/api/v1/players/P01/skills?season=2022-23", j -> true);
        api.await("/api/v1/players/P01/skills", j -> j.get("skills").get("initiator").get("rank").asInt() == 1
                && j.get("skills").get("finisher").get("rank").asInt() == 1);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void anEligiblePlayerHasAllFourSkills() throws Exception {
        JsonNode body = ApiServer.json(api.get("/api/v1/players/P02/skills"));
        assertEquals("P02", body.get("playerId").asText());
        assertEquals("Player 2", body.get("playerName").asText());
        assertEquals("T2", body.get("teamId").asText());
        assertEquals("Club 2", body.get("teamName").asText());
        assertEquals("BL1", body.get("competition").asText(), "defaults to the default competition");
        assertEquals("2023-24", body.get("season").asText(), "defaults to its latest season");
        assertEquals(302, body.get("minutesPlayed").asInt());
        List<String> keys = new ArrayList<>();
        body.get("skills").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("initiator", "finisher", "sprinter", "ball-winner"), keys);
        JsonNode finisher = body.get("skills").get("finisher");
        assertEquals(2, finisher.get("rank").asInt());
        assertEquals(0.98, finisher.get("score").asDouble());
        assertTrue(finisher.get("badge").asBoolean());
        assertTrue(finisher.get("eligible").asBoolean());
        assertEquals(10.0, finisher.get("metrics").get("goals").asDouble());
        assertEquals(2, body.get("skills").get("initiator").get("rank").asInt());
        assertEquals(Json.mapper().readTree(NOT_RANKED), body.get("skills").get("sprinter"));
        assertEquals(Json.mapper().readTree(NOT_RANKED), body.get("skills").get("ball-winner"));
    }

    @Test
    void aPlayerBelowTheMinimumMinutesIsListedButNotRanked() throws Exception {
        JsonNode body = ApiServer.json(api.get("/api/v1/players/P13/skills?season=2023-24"));
        assertEquals(100, body.get("minutesPlayed").asInt());
        JsonNode finisher = body.get("skills").get("finisher");
        assertTrue(finisher.get("rank").isNull());
        assertTrue(finisher.get("score").isNull());
        assertEquals(false, finisher.get("badge").asBoolean());
        assertEquals(false, finisher.get("eligible").asBoolean());
        assertEquals(1.0, finisher.get("metrics").get("goals").asDouble());
        assertEquals(Json.mapper().readTree(NOT_RANKED), body.get("skills").get("initiator"));
    }

    @Test
    void aSeasonIsChosenByParameter() {
        JsonNode body = ApiServer.json(api.get("/api/v1/players/P01/skills?season=2022-23"));
        assertEquals("2022-23", body.get("season").asText());
        assertEquals(1, body.get("skills").get("ball-winner").get("rank").asInt());
        assertTrue(body.get("skills").get("finisher").get("rank").isNull());
        assertEquals(404, api.get("/api/v1/players/P05/skills?season=2022-23").code(), "not in that season");
    }

    @Test
    void answersIfNoneMatchWith304() {
        String uri = "/api/v1/players/P01/skills";
        String etag = api.get(uri).header(HttpHeaders.ETAG);
        assertEquals(304, api.send(HttpRequest.GET(uri).header(HttpHeaders.IF_NONE_MATCH, etag)).code());
        assertEquals(304, api.send(HttpRequest.GET(uri).header(HttpHeaders.IF_NONE_MATCH, "\"x\", W/" + etag)).code());
        assertEquals(200, api.send(HttpRequest.GET(uri).header(HttpHeaders.IF_NONE_MATCH, "\"other\"")).code());
    }
}
