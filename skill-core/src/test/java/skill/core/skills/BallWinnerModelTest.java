package skill.core.skills;

import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.minutes.MatchSheet;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BallWinnerModelTest {
    private final BallWinnerModel model = new BallWinnerModel();

    private Map<String, SortedMap<String, Double>> counts(Facts.Fact... facts) {
        List<MatchFact> live = Arrays.stream(facts).map(Facts.Fact::fact).toList();
        return model.countsByPlayer(live, MatchSheet.of(live));
    }

    /** Counts as name, value pairs. */
    private static SortedMap<String, Double> c(Object... pairs) {
        SortedMap<String, Double> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return m;
    }

    /** A duel won by {@code winnerId} in that role against {@code loserId} in that role. */
    private static Facts.Fact duel(String winnerId, String winnerRole, String loserId, String loserRole) {
        return Facts.duel(winnerId, loserId).with("winnerRole", winnerRole).with("loserRole", loserRole);
    }

    @Test
    void defensiveDuelWonCountsForTheWinnerOnly() {
        // The loser had the ball and lost it: for him it was no defensive duel.
        assertEquals(Map.of("D", c("defensiveDuels", 1, "defensiveDuelsWon", 1, "groundDuelsWon", 1)),
                counts(duel("D", "WITHOUT_BALL", "A", "WITH_BALL")));
    }

    @Test
    void defensiveDuelLostCountsForTheLoser() {
        assertEquals(Map.of("A", c("groundDuelsWon", 1), "D", c("defensiveDuels", 1)),
                counts(duel("A", "WITH_BALL", "D", "WITHOUT_BALL")));
    }

    @Test
    void duelsThatAreNotOneAgainstTheBallAreNoDefensiveDuels() {
        assertEquals(Map.of("A", c("aerialDuelsWon", 1)),
                counts(duel("A", "WITHOUT_BALL", "B", "WITHOUT_BALL").with("duelType", "AERIAL")),
                "a loose ball contested by both");
        assertEquals(Map.of("A", c("groundDuelsWon", 1)), counts(duel("A", "WITH_BALL", "B", "WITH_BALL")));
    }

    @Test
    void aMissingLoserRoleIsTheComplementOfTheWinners() {
        assertEquals(counts(duel("D", "WITHOUT_BALL", "A", "WITH_BALL")),
                counts(duel("D", "WITHOUT_BALL", "A", "WITH_BALL").without("loserRole")));
        assertEquals(counts(duel("A", "WITH_BALL", "D", "WITHOUT_BALL")),
                counts(duel("A", "WITH_BALL", "D", "WITHOUT_BALL").without("loserRole")));
    }

    @Test
    void aDuelWithoutLoserCountsForTheWinner() {
        assertEquals(Map.of("D", c("defensiveDuels", 1, "defensiveDuelsWon", 1, "groundDuelsWon", 1)),
                counts(duel("D", "WITHOUT_BALL", "A", "WITH_BALL").without("loserId").without("loserTeamId")));
        assertEquals(Map.of("A", c("groundDuelsWon", 1)),
                counts(duel("A", "WITH_BALL", "D", "WITHOUT_BALL").without("loserId").without("loserTeamId")));
    }

    @Test
    void groundAndAerialDuelsWonInAnyRole() {
        assertEquals(Map.of("A", c("groundDuelsWon", 2, "aerialDuelsWon", 1, "defensiveDuels", 1,
                        "defensiveDuelsWon", 1), "B", c("defensiveDuels", 1)),
                counts(duel("A", "WITH_BALL", "B", "WITHOUT_BALL"),
                        duel("A", "WITHOUT_BALL", "B", "WITH_BALL").with("duelType", "AERIAL"),
                        duel("A", "WITHOUT_BALL", "C", "WITHOUT_BALL")));
    }

    @Test
    void interceptionsAreTheBallWinsOfThatMethod() {
        assertEquals(Map.of("A", c("ballWinFacts", 3, "interceptions", 1), "B", c("ballWinFacts", 1)),
                counts(Facts.ballWin("A", "INTERCEPTION"), Facts.ballWin("A", "RECOVERY"),
                        Facts.ballWin("A", "OTHER"), Facts.ballWin("B", "RECOVERY")));
    }

    @Test
    void otherFactTypesCountNothing() {
        assertEquals(Map.of(), counts(Facts.shot("A", 0.3, "GOAL"), Facts.pass("A", "B"),
                Facts.sprint("A", Facts.min(1), Facts.min(1.05), 8), Facts.lineup(Facts.HOME, Facts.starter("A"))));
    }

    @Test
    void ballWinsAreDefensiveDuelsWonAndEveryBallWin() {
        List<Facts.Fact> match = new ArrayList<>(List.of(
                duel("D", "WITHOUT_BALL", "A", "WITH_BALL"), duel("D", "WITHOUT_BALL", "A", "WITH_BALL"),
                duel("A", "WITH_BALL", "D", "WITHOUT_BALL"), duel("A", "WITH_BALL", "D", "WITHOUT_BALL"),
                duel("D", "WITHOUT_BALL", "B", "WITHOUT_BALL").with("duelType", "AERIAL"),
                Facts.ballWin("D", "INTERCEPTION"), Facts.ballWin("D", "INTERCEPTION"),
                Facts.ballWin("D", "RECOVERY")));

        Map<String, Double> m = model.metrics(season(counts(match.toArray(Facts.Fact[]::new)).get("D"), 180 * 60));

        assertEquals(List.of("defensiveDuels", "defensiveDuelsWon", "defensiveDuelWinRate", "groundDuelsWon",
                "aerialDuelsWon", "interceptions", "interceptionsPer90", "ballWins", "ballWinsPer90"),
                List.copyOf(m.keySet()));
        assertEquals(4.0, m.get("defensiveDuels"));
        assertEquals(2.0, m.get("defensiveDuelsWon"));
        assertEquals(0.5, m.get("defensiveDuelWinRate"));
        assertEquals(2.0, m.get("groundDuelsWon"));
        assertEquals(1.0, m.get("aerialDuelsWon"));
        assertEquals(2.0, m.get("interceptions"));
        assertEquals(1.0, m.get("interceptionsPer90"), 1e-12);
        assertEquals(5.0, m.get("ballWins"));
        assertEquals(2.5, m.get("ballWinsPer90"), 1e-12);
    }

    @Test
    void winRateIsNullWithoutDefensiveDuels() {
        Map<String, Double> m = model.metrics(season(c("groundDuelsWon", 3, "ballWinFacts", 2), 90 * 60));

        assertNull(m.get("defensiveDuelWinRate"));
        assertTrue(m.containsKey("defensiveDuelWinRate"), "a metric without a value is listed as null");
        assertEquals(2.0, m.get("ballWins"));
    }

    @Test
    void perNinetyIsZeroWithoutMinutes() {
        Map<String, Double> m = model.metrics(season(c("interceptions", 1, "ballWinFacts", 1), 0));

        assertEquals(0.0, m.get("interceptionsPer90"));
        assertEquals(0.0, m.get("ballWinsPer90"));
    }

    @Test
    void ballWinsLeadTheScore() {
        Map<String, Double> w = model.defaultWeights();
        Set<String> metricNames = model.metrics(season(c(), 0)).keySet();

        assertTrue(metricNames.containsAll(w.keySet()), "weights name only metrics: " + w.keySet());
        double lead = Math.min(w.get("ballWins"), w.get("ballWinsPer90"));
        w.forEach((k, v) -> assertTrue(k.startsWith("ballWins") || v < lead, k + " weighs less than ball wins"));
    }

    @Test
    void identity() {
        assertEquals(Skill.BALL_WINNER, model.skill());
        assertEquals(Set.of(FactType.DUEL, FactType.BALL_WIN), model.countedTypes());
        assertTrue(SkillModels.of(Skill.BALL_WINNER).orElseThrow() instanceof BallWinnerModel);
    }

    private static SeasonTotals season(SortedMap<String, Double> counts, long seconds) {
        return SeasonTotals.of(List.of(new PlayerMatchLine("BL1", Facts.SEASON, Facts.MATCH_ID, 1, "D", "D", Facts.HOME,
                null, seconds * 1000, counts, Facts.KICK_OFF)));
    }
}
