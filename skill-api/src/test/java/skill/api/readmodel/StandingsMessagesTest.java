package skill.api.readmodel;

import org.junit.jupiter.api.Test;
import skill.core.codec.Json;
import skill.core.model.FactType;
import skill.core.skills.RankingKey;
import skill.core.skills.Skill;
import skill.core.standings.BadgeEvent;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StandingsMessagesTest {
    private static final Standings VALID = new Standings("BL2", "2023-24", Skill.FINISHER, 3, null, 1, List.of(
            new StandingEntry(1, "P1", "One", "T1", "Paderborn", 0.5, 300, true, Map.of("goals", 2.0)),
            new StandingEntry(null, "P2", "Two", "T1", "Paderborn", null, 20, false, Map.of("goals", 0.0))));

    @Test
    void readsAStandingsMessage() {
        assertEquals(VALID, StandingsMessages.parse(current("BL2|2023-24|FINISHER"), Json.write(VALID)));
    }

    @Test
    void rejectsInconsistentMessages() {
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.parse(current("BL2|2022-23|FINISHER"), Json.write(VALID)));
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.parse(current("BL1|2023-24|FINISHER"), Json.write(VALID)));
        Standings tooMany = new Standings("BL2", "2023-24", Skill.FINISHER, 3, null, 3, VALID.entries());
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.parse(current("BL2|2023-24|FINISHER"), Json.write(tooMany)));
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.parse(current("BL2|2023-24|FINISHER"),
                json("{\"season\":\"2023-24\",\"skill\":\"FINISHER\",\"entries\":[]}")));
        assertThrows(RuntimeException.class, () -> StandingsMessages.parse(current("BL2|2023-24|FINISHER"), json("{\"skill\":\"JUGGLER\"}")));
        assertThrows(RuntimeException.class, () -> StandingsMessages.parse(current("BL2|2023-24|FINISHER"), json("[")));
    }

    @Test
    void readsTheKeysOfBothTopics() {
        assertEquals(new RankingKey("BL1", "2023-24", Skill.BALL_WINNER, null), current("BL1|2023-24|BALL_WINNER"));
        assertEquals(new RankingKey("BL2", "2023-24", Skill.FINISHER, 7), StandingsMessages.key("BL2|2023-24|FINISHER|7", true));
        assertThrows(IllegalArgumentException.class, () -> current(null));
        assertThrows(IllegalArgumentException.class, () -> current("BL1|2023-24"));
        assertThrows(IllegalArgumentException.class, () -> current("BL1|2023-24|JUGGLER"));
        assertThrows(IllegalArgumentException.class, () -> current("BL1|2023-24|FINISHER|7"));
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.key("BL1|2023-24|FINISHER", true));
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.key("BL1|2023-24|FINISHER|x", true));
    }

    @Test
    void readsBadgeEventsWithTheirStoryAndThoseFromBeforeCompetitions() {
        BadgeEvent event = new BadgeEvent("BL2", "2023-24", Skill.FINISHER, "P1", "One", "T1", "Paderborn",
                BadgeEvent.Kind.NEW_LEADER, 2, 1, 0.9, Instant.parse("2024-03-01T12:00:00Z"), true,
                new BadgeEvent.Cause("M1", "F7", FactType.SHOT, "P1", Instant.parse("2024-03-01T11:59:30Z")));
        assertEquals(event, StandingsMessages.badgeEvent(Json.write(event)));
        assertNull(StandingsMessages.badgeEvent(json("{\"season\":\"2023-24\",\"skill\":\"FINISHER\",\"playerId\":\"P1\","
                + "\"kind\":\"NEW_LEADER\"}")).competition(), "legacy: the feed skips it");
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.badgeEvent(json("{\"competition\":\"BL1\"}")));
    }

    private static RankingKey current(String key) {
        return StandingsMessages.key(key, false);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
