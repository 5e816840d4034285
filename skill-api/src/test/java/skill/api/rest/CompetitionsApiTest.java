package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import skill.core.ConfigKeys;
import skill.core.codec.Json;
import skill.core.model.FactType;
import skill.core.skills.Skill;
import skill.core.standings.BadgeEvent;
import skill.testsupport.KafkaTestSupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rankings per competition and season (contract §5, Changes 2026-12-03): BL1 is the default, BL2 has a
 * later season; P01 plays in both. One partition per topic, so that messages are read in the order
 * sent: those from before competitions, sent first, have been read once the first valid one is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetitionsApiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private ApiServer api;

    @BeforeAll
    void start() {
        api = ApiServer.start("api-competitions", Map.of(ConfigKeys.TOPICS_PARTITIONS, 1));
        api.publish("2023-24|FINISHER", Json.write(Map.of("season", "2023-24", "skill", "FINISHER")));
        api.publish("2023-24|FINISHER", null);
        KafkaTestSupport.produce(api.topics.skillStandingsByMatchday(), "2023-24|FINISHER|3", "{}");
        api.publish(TestStandings.of("BL1", "2023-24", Skill.FINISHER, 12, 0, 20));
        api.publish(TestStandings.of("BL1", "2022-23", Skill.FINISHER, 3, 0, 34));
        api.publish(TestStandings.of("BL2", "2023-24", Skill.INITIATOR, 5, 0, 18));
        api.publish(TestStandings.of("BL2", "2024-25", Skill.INITIATOR, 2, 0, 3));
        api.publishAsOf(TestStandings.of("BL2", "2023-24", Skill.INITIATOR, 2, 0, 1));
        api.await("/api/v1/competitions", j -> j.get("competitions").size() == 2
                && j.get("competitions").get(1).get("seasons").size() == 2);
        api.await("/api/v1/players/P01/history?competition=BL2&season=2023-24",
                j -> j.get("skills").get("initiator").size() == 1);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void rankingsDefaultToTheDefaultCompetitionAndEachCompetitionsLatestSeason() {
        JsonNode bl1 = ApiServer.json(api.get("/api/v1/rankings/finisher"));
        assertThat(bl1.get("competition").asText()).isEqualTo("BL1");
        assertThat(bl1.get("season").asText()).isEqualTo("2023-24");
        assertThat(bl1.get("total").asInt()).isEqualTo(12);
        JsonNode bl2 = ApiServer.json(api.get("/api/v1/rankings/initiator?competition=BL2"));
        assertThat(bl2.get("competition").asText()).isEqualTo("BL2");
        assertThat(bl2.get("season").asText()).isEqualTo("2024-25");
        assertThat(bl2.get("total").asInt()).isEqualTo(2);
        assertThat(ApiServer.json(api.get("/api/v1/rankings/initiator?competition=BL2&season=2023-24")).get("total").asInt())
                .isEqualTo(5);
        assertThat(ApiServer.json(api.get("/api/v1/rankings/initiator?competition=BL1")).get("total").asInt())
                .as("BL2's initiators are not BL1's").isZero();
        assertThat(api.get("/api/v1/rankings/finisher?competition=BL3").code()).isEqualTo(404);
        assertThat(api.get("/api/v1/rankings/finisher?competition=BL1%7C2023-24").code()).isEqualTo(400);
    }

    @Test
    void listsTheCompetitionsWithTheirSeasonsLatestFirst() {
        JsonNode body = ApiServer.json(api.get("/api/v1/competitions"));
        assertThat(body.get("defaultCompetition").asText()).isEqualTo("BL1");
        JsonNode bl1 = body.get("competitions").get(0);
        assertThat(bl1.get("competition").asText()).isEqualTo("BL1");
        assertThat(bl1.get("latest").asText()).isEqualTo("2023-24");
        assertThat(bl1.get("seasons")).extracting(s -> s.get("season").asText()).containsExactly("2023-24", "2022-23");
        JsonNode bl2 = body.get("competitions").get(1);
        assertThat(bl2.get("competition").asText()).isEqualTo("BL2");
        assertThat(bl2.get("seasons")).extracting(s -> s.get("season").asText()).containsExactly("2024-25", "2023-24");
        assertThat(bl2.get("seasons").get(1).get("skills")).extracting(JsonNode::asText).containsExactly("initiator");
        JsonNode seasons = ApiServer.json(api.get("/api/v1/seasons?competition=BL2"));
        assertThat(seasons.get("competition").asText()).isEqualTo("BL2");
        assertThat(seasons.get("latest").asText()).isEqualTo("2024-25");
        assertThat(api.get("/api/v1/seasons?competition=BL3").code()).isEqualTo(404);
    }

    @Test
    void aPlayerInTwoCompetitionsHasAProfileInEachWithWhatHeDidThere() {
        JsonNode bl1 = ApiServer.json(api.get("/api/v1/players/P01/skills"));
        assertThat(bl1.get("competition").asText()).isEqualTo("BL1");
        assertThat(bl1.get("teamName").asText()).isEqualTo("Club 1");
        assertThat(bl1.get("minutesPlayed").asInt()).isEqualTo(301);
        assertThat(bl1.get("skills").get("finisher").get("rank").asInt()).isEqualTo(1);
        assertThat(bl1.get("skills").get("initiator").get("eligible").asBoolean()).isFalse();

        JsonNode bl2 = ApiServer.json(api.get("/api/v1/players/P01/skills?competition=BL2&season=2023-24"));
        assertThat(bl2.get("competition").asText()).isEqualTo("BL2");
        assertThat(bl2.get("season").asText()).isEqualTo("2023-24");
        assertThat(bl2.get("skills").get("initiator").get("rank").asInt()).isEqualTo(1);
        assertThat(bl2.get("skills").get("finisher").get("eligible").asBoolean()).isFalse();

        JsonNode history = ApiServer.json(api.get("/api/v1/players/P01/history?competition=BL2&season=2023-24"));
        assertThat(history.get("competition").asText()).isEqualTo("BL2");
        assertThat(ApiServer.json(api.get("/api/v1/players/P01/history?season=2023-24")).get("skills").get("initiator"))
                .as("BL2's history is not BL1's").isEmpty();
        JsonNode found = ApiServer.json(api.get("/api/v1/players?query=player&competition=BL2"));
        assertThat(found.get("competition").asText()).isEqualTo("BL2");
        assertThat(found.get("season").asText()).isEqualTo("2024-25");
        assertThat(found.get("total").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/players/P12/skills?competition=BL2&season=2023-24").code())
                .as("played in BL1 only").isEqualTo(404);
    }

    @Test
    void badgeEventsAreOfTheirCompetitionWithTheirStory() throws Exception {
        try (SseClient sse = new SseClient(api.server.getURL(), "/api/v1/badge-events/stream?competition=BL2")) {
            Awaitility.await().atMost(WAIT).until(() -> sse.heartbeats.get() > 0);
            KafkaTestSupport.produce(api.topics.skillBadgeEvents(), "P03",
                    "{\"season\":\"2023-24\",\"skill\":\"FINISHER\",\"playerId\":\"P03\",\"kind\":\"NEW_LEADER\"}");
            badge("BL1", "2023-24", "P01");
            badge("BL2", "2024-25", "P02");
            Awaitility.await().atMost(WAIT).until(() -> sse.events.size() == 1);
            JsonNode event = sse.events.get(0).data();
            assertThat(event.get("competition").asText()).isEqualTo("BL2");
            assertThat(event.get("playerId").asText()).isEqualTo("P02");
            assertThat(event.get("teamName").asText()).isEqualTo("Paderborn");
            assertThat(event.get("live").asBoolean()).isFalse();
            assertThat(event.get("cause").get("matchId").asText()).isEqualTo("M-P02");
            assertThat(event.get("cause").get("occurredAt").asText()).isEqualTo("2024-08-30T18:40:00Z");
        }
        JsonNode bl2 = api.await("/api/v1/badge-events?competition=BL2", j -> j.size() == 1);
        assertThat(bl2.get(0).get("cause").get("type").asText()).isEqualTo("SHOT");
        JsonNode bl1 = api.await("/api/v1/badge-events", j -> j.size() == 1);
        assertThat(bl1.get(0).get("playerId").asText()).as("not the event without a competition").isEqualTo("P01");
        assertThat(api.get("/api/v1/badge-events/stream?competition=BL3").code()).isEqualTo(404);
    }

    @Test
    void messagesFromBeforeCompetitionsAreSkippedNotRejected() {
        assertThat(api.context().getBean(MeterRegistry.class).counter("skill.api.standings.rejected").count()).isZero();
        assertThat(ApiServer.json(api.get("/api/v1/rankings/finisher?season=2023-24")).get("total").asInt()).isEqualTo(12);
    }

    /** A backfill's: not live. */
    private void badge(String competition, String season, String playerId) {
        Instant at = Instant.parse("2024-08-30T18:40:00Z");
        BadgeEvent e = new BadgeEvent(competition, season, Skill.FINISHER, playerId, "Player " + playerId, "T7",
                "Paderborn", BadgeEvent.Kind.NEW_LEADER, 2, 1, 0.9, at, false,
                new BadgeEvent.Cause("M-" + playerId, "F-" + playerId, FactType.SHOT, playerId, at));
        KafkaTestSupport.produce(api.topics.skillBadgeEvents(), playerId, Json.write(e));
    }
}
