package skill.core.standings;

import org.junit.jupiter.api.Test;
import skill.core.skills.FinisherModel;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.Skill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingsCalculatorTest {
    private static final String SEASON = "2023-24";
    private static final Instant T0 = Instant.parse("2023-10-01T15:00:00Z");

    /** Ranked by goals alone, so scores are easy to follow; default eligibility 270 minutes. */
    private final StandingsCalculator byGoals =
            new StandingsCalculator(new FinisherModel(), new ScoreFormula(Map.of("goals", 1.0)), 270);

    private final Map<String, List<PlayerMatchLine>> season = new HashMap<>();

    private void play(String playerId, int matchday, long seconds, double goals, double xGoals, double shots) {
        TreeMap<String, Double> counts = new TreeMap<>();
        if (shots > 0) {
            counts.putAll(Map.of("goals", goals, "xGoals", xGoals, "shots", shots));
        }
        season.computeIfAbsent(playerId, p -> new ArrayList<>()).add(new PlayerMatchLine("BL1", SEASON, "M" + matchday,
                matchday, playerId, "Name " + playerId, "T1", "Team 1", seconds * 1000, counts, T0.plusSeconds(matchday * 3600L)));
    }

    private void play(String playerId, long minutes, double goals) {
        play(playerId, 1, minutes * 60, goals, goals / 2, goals);
    }

    private Standings standings() {
        return byGoals.standings("BL1", SEASON, season);
    }

    @Test
    void exactly270MinutesIsEligibleAnd269IsNot() {
        play("A", 270, 1);
        play("B", 269, 9);
        play("C", 1, 269 * 60 + 59, 5, 1, 5);

        Standings s = standings();

        assertEquals(1, s.eligiblePlayers());
        assertEquals(List.of("A", "B", "C"), s.entries().stream().map(StandingEntry::playerId).toList());
        StandingEntry a = s.entryOf("A").orElseThrow();
        assertEquals(1, a.rank());
        assertTrue(a.eligible());
        StandingEntry c = s.entryOf("C").orElseThrow();
        assertNull(c.rank());
        assertNull(c.score());
        assertFalse(c.eligible());
        assertFalse(c.badge());
        assertEquals(269, c.minutesPlayed());
        assertEquals(5.0, c.metrics().get("goals"), "ineligible players still show their metrics");
    }

    @Test
    void minutesAddUpOverTheSeason() {
        play("A", 1, 90 * 60, 0, 0, 0);
        play("A", 2, 90 * 60, 1, 0.5, 2);
        play("A", 3, 90 * 60, 0, 0.25, 1);

        StandingEntry a = standings().entryOf("A").orElseThrow();

        assertEquals(1, a.rank());
        assertEquals(270, a.minutesPlayed());
        assertEquals(1.0, a.metrics().get("goals"));
        assertEquals(0.75, a.metrics().get("xGoals"));
        assertEquals(3.0, a.metrics().get("shots"));
        assertEquals(0.333, a.metrics().get("goalsPer90"));
    }

    @Test
    void ineligiblePlayersFollowTheRankedOnesByPlayerId() {
        play("A0", 10, 9);
        play("Z1", 300, 1);
        play("B0", 20, 9);
        play("M1", 400, 3);

        Standings s = standings();

        assertEquals(List.of("M1", "Z1", "A0", "B0"), s.entries().stream().map(StandingEntry::playerId).toList());
        assertEquals(List.of(1, 2), s.ranked().stream().map(StandingEntry::rank).toList());
        assertNull(s.entries().get(2).rank());
        assertNull(s.entries().get(3).rank());
    }

    @Test
    void higherScoreRanksFirst() {
        play("A", 300, 0);
        play("B", 300, 1);
        play("C", 300, 3);

        Standings s = standings();

        assertEquals(List.of("C", "B", "A"), s.ranked().stream().map(StandingEntry::playerId).toList());
        assertEquals(List.of(1.0, 0.3333, 0.0), s.ranked().stream().map(StandingEntry::score).toList());
    }

    @Test
    void tiesGoToFewerMinutesThenPlayerId() {
        play("A", 400, 2);
        play("B", 300, 2);
        play("D", 350, 2);
        play("C", 350, 2);
        play("E", 300, 0);

        Standings s = standings();

        assertEquals(List.of("B", "C", "D", "A", "E"), s.ranked().stream().map(StandingEntry::playerId).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), s.ranked().stream().map(StandingEntry::rank).toList());
    }

    @Test
    void scoresEqualAfterRoundingAreTiesSoFewerMinutesWin() {
        play("MAX", 300, 100_000);
        play("ZERO", 300, 0);
        play("MORE", 1, 400 * 60, 33_334, 0, 33_334); // 0.33334
        play("LESS", 1, 350 * 60, 33_333, 0, 33_333); // 0.33333

        Standings s = standings();

        assertEquals(List.of("MAX", "LESS", "MORE", "ZERO"), s.ranked().stream().map(StandingEntry::playerId).toList());
        assertEquals(0.3333, s.entryOf("MORE").orElseThrow().score());
        assertEquals(0.3333, s.entryOf("LESS").orElseThrow().score());
    }

    @Test
    void metricsAreRoundedToThreeDecimalsAndScoresToFour() {
        play("A", 1, 300 * 60, 1, 0.12345, 1);
        play("B", 1, 300 * 60, 2, 0.5, 2);
        play("C", 1, 300 * 60, 7, 0.5, 7);

        Standings s = standings();

        StandingEntry a = s.entryOf("A").orElseThrow();
        assertEquals(0.123, a.metrics().get("xGoals"));
        assertEquals(0.877, a.metrics().get("shotEfficiency"));
        assertEquals(0.3, a.metrics().get("goalsPer90"));
        assertEquals(0.1667, s.entryOf("B").orElseThrow().score());
    }

    @Test
    void asOfMatchdayIsTheLatestMatchdayAndUpdatedAtTheLatestLine() {
        play("A", 3, 300 * 60, 1, 0.5, 1);
        play("B", 7, 60 * 60, 1, 0.5, 1);
        play("A", 5, 60 * 60, 0, 0.0, 0);
        play("Z", 2, 60 * 60, 0, 0.0, 0);

        Standings s = standings();

        assertEquals(7, s.asOfMatchday());
        assertEquals(T0.plusSeconds(7 * 3600L), s.updatedAt());
        assertEquals(SEASON, s.season());
        assertEquals(Skill.FINISHER, s.skill());
        assertEquals(7, s.ranking().asOfMatchday());
    }

    @Test
    void theLatestMatchNamesThePlayersClub() {
        play("A", 2, 300 * 60, 0, 0, 0);
        season.get("A").add(new PlayerMatchLine("BL1", SEASON, "M9", 9, "A", "New Name", "T2", "Team 2", 600_000, new TreeMap<>(), T0));

        StandingEntry a = standings().entryOf("A").orElseThrow();

        assertEquals("T2", a.teamId());
        assertEquals("New Name", a.playerName());
    }

    @Test
    void zeroValueEligiblePlayersAreRanked() {
        play("A", 1, 300 * 60, 0, 0, 0);
        play("B", 1, 400 * 60, 0, 0, 0);

        Standings s = standings();

        assertEquals(2, s.eligiblePlayers());
        StandingEntry a = s.ranked().get(0);
        assertEquals("A", a.playerId());
        assertEquals(1, a.rank());
        assertEquals(0.0, a.score());
        assertEquals(0.0, a.metrics().get("goals"));
        assertEquals(0.0, a.metrics().get("goalsPer90"));
        assertEquals(2, s.ranked().get(1).rank());
    }

    @Test
    void rankingHoldsAtMostTheTopTen() {
        for (int i = 1; i <= 12; i++) {
            play(String.format("P%02d", i), 300, 13 - i);
        }

        Standings s = standings();
        Ranking r = s.ranking();

        assertEquals(12, s.ranked().size());
        assertEquals(10, r.entries().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), r.entries().stream().map(Ranking.Entry::rank).toList());
        assertEquals("P01", r.entries().get(0).playerId());
        assertEquals("P10", r.entries().get(9).playerId());
        assertTrue(s.entryOf("P10").orElseThrow().badge());
        assertFalse(s.entryOf("P11").orElseThrow().badge());
        assertEquals(300, r.entries().get(0).minutesPlayed());
    }

    @Test
    void fewerThanTenEligibleGiveAShorterRanking() {
        play("A", 300, 1);
        play("B", 100, 2);

        assertEquals(List.of("A"), standings().ranking().entries().stream().map(Ranking.Entry::playerId).toList());
    }

    @Test
    void emptySeasonHasNoEntries() {
        Standings s = standings();

        assertEquals(List.of(), s.entries());
        assertEquals(0, s.asOfMatchday());
        assertEquals(List.of(), s.ranking().entries());
    }

    @Test
    void minMinutesIsConfigurable() {
        play("A", 100, 1);
        StandingsCalculator lenient =
                new StandingsCalculator(new FinisherModel(), new ScoreFormula(Map.of("goals", 1.0)), 90);

        assertEquals(1, lenient.standings("BL1", SEASON, season).entryOf("A").orElseThrow().rank());
        assertNull(standings().entryOf("A").orElseThrow().rank());
    }
}
