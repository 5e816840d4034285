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
    private static final CompetitionSeason BL1_2023 = new CompetitionSeason("BL1", "2023-24");
    private final StandingsReadModel model = new StandingsReadModel();

    @Test
    void theLatestSeasonIsTheGreatestOfItsCompetition() {
        assertEquals(Optional.empty(), model.latestSeason("BL1"));
        model.apply(standings("BL1", "2023-24", Skill.FINISHER, 1, "T1", 300));
        model.apply(standings("BL1", "2022-23", Skill.FINISHER, 1, "T1", 300));
        model.apply(standings("BL2", "2024-25", Skill.FINISHER, 1, "T1", 300));
        assertEquals(Optional.of("2023-24"), model.latestSeason("BL1"));
        assertEquals(Optional.of("2024-25"), model.latestSeason("BL2"));
        assertEquals(List.of("BL1", "BL2"), model.competitions());
        assertEquals(List.of("2023-24", "2022-23"), model.seasons("BL1").stream().map(SeasonView::season).toList());
        assertTrue(model.standings(new CompetitionSeason("BL1", null), Skill.FINISHER).isEmpty());
    }

    @Test
    void theNewestStandingsNameThePlayersClubAndMinutes() {
        // Applied out of updatedAt order: the initiator calculator is ahead and has seen a transfer.
        model.apply(standings("BL1", "2023-24", Skill.INITIATOR, 2, "T9", 390));
        model.apply(standings("BL1", "2023-24", Skill.FINISHER, 1, "T1", 300));
        PlayerView p = model.player(BL1_2023, "P1").orElseThrow();
        assertEquals("T9", p.teamId());
        assertEquals("Club T9", p.teamName());
        assertEquals(390, p.minutesPlayed());
        assertEquals(Set.of(Skill.INITIATOR, Skill.FINISHER), p.skills().keySet());
        assertTrue(model.player(new CompetitionSeason("BL1", "2022-23"), "P1").isEmpty());
    }

    @Test
    void aPlayerInTwoCompetitionsHasAViewInEachWithWhatHeDidThere() {
        model.apply(standings("BL1", "2023-24", Skill.FINISHER, 1, "T1", 300));
        model.apply(standings("BL2", "2023-24", Skill.INITIATOR, 2, "T7", 500));
        PlayerView first = model.player(BL1_2023, "P1").orElseThrow();
        PlayerView second = model.player(new CompetitionSeason("BL2", "2023-24"), "P1").orElseThrow();
        assertEquals(Set.of(Skill.FINISHER), first.skills().keySet());
        assertEquals(300, first.minutesPlayed());
        assertEquals(Set.of(Skill.INITIATOR), second.skills().keySet());
        assertEquals("T7", second.teamId());
    }

    @Test
    void aTombstoneRemovesTheSkillAndAnEmptySeason() {
        model.apply(standings("BL1", "2023-24", Skill.FINISHER, 1, "T1", 300));
        model.apply(standings("BL1", "2023-24", Skill.INITIATOR, 1, "T1", 300));
        model.apply(standings("BL1", "2022-23", Skill.FINISHER, 1, "T1", 300));
        model.apply(standings("BL2", "2023-24", Skill.FINISHER, 1, "T1", 300));
        model.remove(BL1_2023, Skill.FINISHER);
        assertTrue(model.standings(BL1_2023, Skill.FINISHER).isEmpty());
        assertEquals(Set.of(Skill.INITIATOR), model.player(BL1_2023, "P1").orElseThrow().skills().keySet());
        model.remove(BL1_2023, Skill.INITIATOR);
        assertEquals(Optional.of("2022-23"), model.latestSeason("BL1"));
        assertTrue(model.standings(new CompetitionSeason("BL2", "2023-24"), Skill.FINISHER).isPresent(), "another competition's");
    }

    private static Standings standings(String competition, String season, Skill skill, int minute, String team, long minutes) {
        StandingEntry p1 = new StandingEntry(1, "P1", "One", team, "Club " + team, 1.0, minutes, true, Map.of());
        return new Standings(competition, season, skill, 1, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * minute), 1,
                List.of(p1));
    }
}
