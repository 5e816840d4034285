package skill.api.readmodel;

import org.junit.jupiter.api.Test;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingsReadModelTest {
    private final StandingsReadModel model = new StandingsReadModel();

    @Test
    void theLatestSeasonIsTheGreatest() {
        assertEquals(Optional.empty(), model.latestSeason());
        model.apply(standings("2023-24", Skill.FINISHER, 1, "T1", 300));
        model.apply(standings("2022-23", Skill.FINISHER, 1, "T1", 300));
        assertEquals(Optional.of("2023-24"), model.latestSeason());
        assertTrue(model.standings(null, Skill.FINISHER).isEmpty());
    }

    @Test
    void theNewestStandingsNameThePlayersClubAndMinutes() {
        // Applied out of updatedAt order: the initiator calculator is ahead and has seen a transfer.
        model.apply(standings("2023-24", Skill.INITIATOR, 2, "T9", 390));
        model.apply(standings("2023-24", Skill.FINISHER, 1, "T1", 300));
        PlayerView p = model.player("2023-24", "P1").orElseThrow();
        assertEquals("T9", p.teamId());
        assertEquals(390, p.minutesPlayed());
        assertEquals(Set.of(Skill.INITIATOR, Skill.FINISHER), p.skills().keySet());
        assertTrue(model.player("2022-23", "P1").isEmpty());
    }

    @Test
    void aTombstoneRemovesTheSkillAndAnEmptySeason() {
        model.apply(standings("2023-24", Skill.FINISHER, 1, "T1", 300));
        model.apply(standings("2023-24", Skill.INITIATOR, 1, "T1", 300));
        model.apply(standings("2022-23", Skill.FINISHER, 1, "T1", 300));
        model.remove("2023-24", Skill.FINISHER);
        assertTrue(model.standings("2023-24", Skill.FINISHER).isEmpty());
        assertEquals(Set.of(Skill.INITIATOR), model.player("2023-24", "P1").orElseThrow().skills().keySet());
        model.remove("2023-24", Skill.INITIATOR);
        assertEquals(Optional.of("2022-23"), model.latestSeason());
    }

    private static Standings standings(String season, Skill skill, int minute, String team, long minutes) {
        StandingEntry p1 = new StandingEntry(1, "P1", "One", team, 1.0, minutes, true, Map.of());
        return new Standings(season, skill, 1, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * minute), 1,
                List.of(p1));
    }
}
