package skill.api.readmodel;

import org.junit.jupiter.api.Test;
import skill.core.codec.Json;
import skill.core.skills.RankingKey;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StandingsMessagesTest {
    private static final Standings VALID = new Standings("2023-24", Skill.FINISHER, 3, null, 1, List.of(
            new StandingEntry(1, "P1", "One", "T1", 0.5, 300, true, Map.of("goals", 2.0)),
            new StandingEntry(null, "P2", "Two", "T1", null, 20, false, Map.of("goals", 0.0))));

    @Test
    void readsAStandingsMessage() {
        assertEquals(VALID, StandingsMessages.parse(current("2023-24|FINISHER"), Json.write(VALID)));
    }

    @Test
    void rejectsInconsistentMessages() {
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.parse(current("2022-23|FINISHER"), Json.write(VALID)));
        Standings tooMany = new Standings("2023-24", Skill.FINISHER, 3, null, 3, VALID.entries());
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.parse(current("2023-24|FINISHER"), Json.write(tooMany)));
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.parse(current("2023-24|FINISHER"), json("{\"season\":\"2023-24\"}")));
        assertThrows(RuntimeException.class, () -> StandingsMessages.parse(current("2023-24|FINISHER"), json("{\"skill\":\"JUGGLER\"}")));
        assertThrows(RuntimeException.class, () -> StandingsMessages.parse(current("2023-24|FINISHER"), json("[")));
    }

    @Test
    void readsTheKeysOfBothTopics() {
        assertEquals(new RankingKey("2023-24", Skill.BALL_WINNER, null), current("2023-24|BALL_WINNER"));
        assertEquals(new RankingKey("2023-24", Skill.FINISHER, 7), StandingsMessages.key("2023-24|FINISHER|7", true));
        assertThrows(IllegalArgumentException.class, () -> current(null));
        assertThrows(IllegalArgumentException.class, () -> current("2023-24"));
        assertThrows(IllegalArgumentException.class, () -> current("2023-24|JUGGLER"));
        assertThrows(IllegalArgumentException.class, () -> current("2023-24|FINISHER|7"));
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.key("2023-24|FINISHER", true));
        assertThrows(IllegalArgumentException.class, () -> StandingsMessages.key("2023-24|FINISHER|x", true));
    }

    private static RankingKey current(String key) {
        return StandingsMessages.key(key, false);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
