package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import skill.core.codec.Json;
import skill.core.model.FactType;
import skill.core.skills.Skill;
import skill.core.standings.BadgeEvent;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;
import skill.testsupport.KafkaTestSupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The live streams: one SSE event per change of a top 10, and the badge events for the ticker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamsApiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private ApiServer api;

    @BeforeAll
    void start() {
        api = ApiServer.start("api-streams");
        api.publish(TestStandings.of("2023-24", Skill.FINISHER, 12, 0, 20));
        api.await("/api/v1/rankings/finisher", j -> j.get("total").asInt() == 12);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void sendsTheTop10NowAndOnceForEveryChangeOfIt() throws Exception {
        try (SseClient sse = new SseClient(api.server.getURL(), "/api/v1/rankings/finisher/stream")) {
            await(sse, 1);
            SseClient.Event first = sse.events.get(0);
            assertThat(first.name()).isEqualTo("ranking");
            assertThat(first.data().get("entries")).hasSize(10);
            assertThat(first.data().get("entries").get(0).get("playerId").asText()).isEqualTo("P01");
            assertThat(first.id()).isEqualTo(api.get("/api/v1/rankings/finisher").header("ETag"));

            // Beyond the top 10 only: no event. Then the leader changes: exactly one event, for that.
            api.publish(TestStandings.of("2023-24", Skill.FINISHER, 12, 3, 20));
            api.publish(TestStandings.of("2023-24", Skill.SPRINTER, 3, 0, 20));
            api.publish(swapped(TestStandings.of("2023-24", Skill.FINISHER, 12, 3, 21)));
            await(sse, 2);
            api.await("/api/v1/rankings/sprinter", j -> j.get("total").asInt() == 3);
            assertThat(sse.events).hasSize(2);
            assertThat(sse.events.get(1).data().get("entries").get(0).get("playerId").asText()).isEqualTo("P02");
            assertThat(sse.events.get(1).data().get("asOfMatchday").asInt()).isEqualTo(21);
        }
    }

    @Test
    void passesBadgeEventsOnAndKeepsTheLatestForTheTicker() throws Exception {
        try (SseClient sse = new SseClient(api.server.getURL(), "/api/v1/badge-events/stream?season=2023-24")) {
            Awaitility.await().atMost(WAIT).until(() -> sse.heartbeats.get() > 0);
            badge("BL1", "2022-23", "P07", BadgeEvent.Kind.ENTERED_TOP10);
            badge("BL2", "2023-24", "P08", BadgeEvent.Kind.NEW_LEADER); // another competition's: not on this stream
            badge("BL1", "2023-24", "P09", BadgeEvent.Kind.NEW_LEADER);
            badge("BL1", "2023-24", "P11", BadgeEvent.Kind.ENTERED_TOP10);
            KafkaTestSupport.produce(api.topics.skillBadgeEvents(), "P99", "{\"kind\": \"NONSENSE\"}");
            await(sse, 2);
            assertThat(sse.events).extracting(e -> e.data().get("playerId").asText()).containsExactly("P09", "P11");
            assertThat(sse.events.get(1).name()).isEqualTo("badge");
            JsonNode event = sse.events.get(1).data();
            assertThat(event.get("kind").asText()).isEqualTo("ENTERED_TOP10");
            assertThat(event.get("competition").asText()).isEqualTo("BL1");
            assertThat(event.get("teamName").asText()).isEqualTo("Leverkusen");
            assertThat(event.get("live").asBoolean()).isTrue();
            assertThat(event.get("cause").get("factId").asText()).isEqualTo("F-P11");
            assertThat(event.get("cause").get("type").asText()).isEqualTo("SHOT");
        }
        var recent = api.await("/api/v1/badge-events?limit=5", j -> j.size() == 2);
        assertThat(recent.get(0).get("playerId").asText()).as("newest first").isEqualTo("P11");
        assertThat(api.await("/api/v1/badge-events?season=2022-23", j -> j.size() == 1).get(0).get("playerId").asText())
                .isEqualTo("P07");
        assertThat(api.get("/api/v1/badge-events?limit=101").code()).isEqualTo(400);
        assertThat(api.get("/api/v1/badge-events/stream?season=2023").code()).isEqualTo(400);
        assertThat(api.get("/api/v1/rankings/juggler/stream").code()).isEqualTo(404);
    }

    /** P01 and P02 trade places. */
    private static Standings swapped(Standings s) {
        List<StandingEntry> entries = new ArrayList<>(s.entries());
        StandingEntry one = entries.get(0);
        StandingEntry two = entries.get(1);
        entries.set(0, new StandingEntry(1, two.playerId(), two.playerName(), two.teamId(), two.teamName(), one.score(),
                two.minutesPlayed(), true, two.metrics()));
        entries.set(1, new StandingEntry(2, one.playerId(), one.playerName(), one.teamId(), one.teamName(), two.score(),
                one.minutesPlayed(), true, one.metrics()));
        return new Standings(s.competition(), s.season(), s.skill(), s.asOfMatchday(), s.updatedAt(), s.eligiblePlayers(), entries);
    }

    /** Caused, live, by a goal of the player; on partition 0. */
    private void badge(String competition, String season, String playerId, BadgeEvent.Kind kind) {
        Instant at = Instant.parse("2024-03-01T12:00:00Z");
        BadgeEvent e = new BadgeEvent(competition, season, Skill.FINISHER, playerId, "Player " + playerId, "T1",
                "Leverkusen", kind, null, 3, 0.9, at, true,
                new BadgeEvent.Cause("M1", "F-" + playerId, FactType.SHOT, playerId, at.minusSeconds(20)));
        // One partition, so the order they are served in is the order they were sent in.
        KafkaTestSupport.produce(new org.apache.kafka.clients.producer.ProducerRecord<>(api.topics.skillBadgeEvents(), 0,
                playerId, Json.write(e)));
    }

    private static void await(SseClient sse, int events) {
        Awaitility.await().atMost(WAIT).until(() -> sse.events.size() >= events);
    }

}
