package skill.core.skills;

import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.minutes.MatchSheet;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinisherModelTest {
    private final FinisherModel model = new FinisherModel();

    private Map<String, SortedMap<String, Double>> counts(MatchFact... facts) {
        List<MatchFact> live = List.of(facts);
        return model.countsByPlayer(live, MatchSheet.of(live));
    }

    /** A season of one match line with these counts and seconds. */
    private static SeasonTotals season(Map<String, Double> counts, long seconds) {
        return SeasonTotals.of(List.of(new PlayerMatchLine("BL1", "2023-24", "M1", 1, "A", "A", "T", "Team", seconds * 1000,
                new java.util.TreeMap<>(counts), Facts.KICK_OFF)));
    }

    private static Map<String, Double> counts(double goals, double xGoals, double shots) {
        return Map.of("goals", goals, "xGoals", xGoals, "shots", shots);
    }

    @Test
    void countsGoalsXGoalsAndShotsPerPlayer() {
        Map<String, SortedMap<String, Double>> c = counts(
                Facts.shot("A", 0.5, "GOAL").fact(),
                Facts.shot("A", 0.25, "SAVED").fact(),
                Facts.shot("A", 0.125, "WOODWORK").fact(),
                Facts.shot("B", 0.0625, "BLOCKED").fact());

        assertEquals(Map.of("A", counts(1, 0.875, 3), "B", counts(0, 0.0625, 1)), c);
    }

    @Test
    void ownGoalsCountForNobody() {
        Map<String, SortedMap<String, Double>> c = counts(
                Facts.shot("A", 0.5, "GOAL").fact(),
                Facts.shot("A", 0.25, "GOAL").with("ownGoal", true).fact(),
                Facts.shot("D", 0.25, "GOAL").with("ownGoal", true).fact());

        assertEquals(Map.of("A", counts(1, 0.5, 1)), c);
    }

    @Test
    void penaltiesAreOrdinaryShots() {
        Map<String, SortedMap<String, Double>> c = counts(
                Facts.shot("A", 0.76, "GOAL").with("setPiece", "PENALTY").fact(),
                Facts.shot("A", 0.76, "SAVED").with("setPiece", "PENALTY").fact());

        assertEquals(Map.of("A", counts(1, 1.52, 2)), c);
    }

    @Test
    void otherFactTypesCountNothing() {
        Map<String, SortedMap<String, Double>> c = counts(
                Facts.pass("A", "B").fact(), Facts.duel("A", "X").fact(), Facts.ballWin("A", "INTERCEPTION").fact(),
                Facts.lineup(Facts.HOME, Facts.starter("A")).fact());

        assertEquals(Map.of(), c);
    }

    @Test
    void aRetractionCarriesNoShotSoItCountsNothing() {
        MatchFact retraction = Facts.shot("A", 0.5, "GOAL").with("deleted", true).fact();

        assertTrue(retraction.deleted());
        assertEquals(Map.of(), counts(retraction));
    }

    @Test
    void metricsFromSeasonCounts() {
        Map<String, Double> m = model.metrics(season(counts(3, 1.75, 10), 270 * 60));

        assertEquals(List.of("goals", "goalsPer90", "xGoals", "shotEfficiency", "shots"), List.copyOf(m.keySet()));
        assertEquals(3.0, m.get("goals"));
        assertEquals(1.0, m.get("goalsPer90"), 1e-12);
        assertEquals(1.75, m.get("xGoals"));
        assertEquals(1.25, m.get("shotEfficiency"), 1e-12);
        assertEquals(10.0, m.get("shots"));
    }

    @Test
    void metricsWithoutShotsOrMinutesAreZero() {
        Map<String, Double> m = model.metrics(season(Map.of(), 0));

        assertEquals(Map.of("goals", 0.0, "goalsPer90", 0.0, "xGoals", 0.0, "shotEfficiency", 0.0, "shots", 0.0), m);
    }

    @Test
    void wastefulFinisherHasNegativeEfficiency() {
        assertEquals(-1.5, model.metrics(season(counts(1, 2.5, 12), 5400)).get("shotEfficiency"), 1e-12);
    }

    @Test
    void goalsWeighMoreThanEfficiency() {
        Map<String, Double> w = model.defaultWeights();

        assertTrue(w.get("goals") > w.get("shotEfficiency"), w.toString());
        assertTrue(w.values().stream().allMatch(v -> v >= 0), w.toString());
        Set<String> metricNames = model.metrics(season(Map.of(), 0)).keySet();
        assertTrue(metricNames.containsAll(w.keySet()), "weights name only metrics: " + w.keySet());
    }

    @Test
    void identity() {
        assertEquals(Skill.FINISHER, model.skill());
        assertEquals(Set.of(FactType.SHOT), model.countedTypes());
        assertFalse(model.countedTypes().contains(FactType.PASS));
    }
}
