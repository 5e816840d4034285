package skill.core.skills;

import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.model.FactType;
import skill.core.standings.ScoreFormula;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The initiator's season metrics, weights and configuration; its counts are in {@link InitiatorModelTest}. */
class InitiatorScoringTest {
    private final InitiatorModel model = new InitiatorModel();

    /** A season of one match line with these counts and seconds. */
    private static SeasonTotals season(Map<String, Double> counts, long seconds) {
        return SeasonTotals.of(List.of(new PlayerMatchLine("BL1", "2023-24", "M1", 1, "A", "A", "T", "Team", seconds * 1000,
                new TreeMap<>(counts), Facts.KICK_OFF)));
    }

    @Test
    void metricsInDisplayOrderWithPer90() {
        Map<String, Double> m = model.metrics(season(Map.of("xAssist", 1.5, "difficultPassesAssisted", 4.0,
                "xSecondAssist", 0.75, "difficultPassesAssisted2", 2.0), 270 * 60));

        assertEquals(List.of("xAssist", "xAssistPer90", "xSecondAssist", "xSecondAssistPer90",
                "difficultPassesAssisted", "difficultPassesAssisted2"), List.copyOf(m.keySet()));
        assertEquals(List.of(1.5, 0.5, 0.75, 0.25, 4.0, 2.0), List.copyOf(m.values()));
        assertTrue(model.metrics(season(Map.of(), 0)).values().stream().allMatch(v -> v == 0.0));
    }

    @Test
    void firstAssistsWeighMoreThanSecondAndTheReferenceTopThreeKeepTheirGaps() {
        Map<String, Double> w = model.defaultWeights();
        assertTrue(w.get("xAssist") > w.get("xSecondAssist") && w.get("xAssistPer90") > w.get("xSecondAssistPer90")
                && w.get("difficultPassesAssisted") > w.get("difficultPassesAssisted2"), w.toString());
        assertTrue(model.metrics(season(Map.of(), 0)).keySet().containsAll(w.keySet()), w.toString());

        // Matchday 21 of 2021-22 (reference post): Müller well ahead, Gnabry and Wirtz almost level.
        List<Double> s = new ScoreFormula(w).scores(List.of(
                metrics(9.23, 0.46, 3.80, 0.18, 38, 11), metrics(3.94, 0.25, 2.54, 0.16, 15, 11),
                metrics(6.41, 0.37, 2.45, 0.14, 21, 1), metrics(0, 0, 0, 0, 0, 0)));
        assertTrue(s.get(0) > s.get(1) + 0.3 && s.get(0) > s.get(2) + 0.3, s.toString());
        assertEquals(s.get(1), s.get(2), 0.01, s.toString());
    }

    private static Map<String, Double> metrics(double... v) {
        return Map.of("xAssist", v[0], "xAssistPer90", v[1], "xSecondAssist", v[2], "xSecondAssistPer90", v[3],
                "difficultPassesAssisted", v[4], "difficultPassesAssisted2", v[5]);
    }

    @Test
    void identityAndRegistration() {
        assertEquals(Skill.INITIATOR, model.skill());
        assertEquals(Set.of(FactType.PASS, FactType.SHOT), model.countedTypes());
        assertEquals(List.of(Skill.values()), SkillModels.all().stream().map(SkillModel::skill).toList());
        assertTrue(SkillModels.of(Skill.INITIATOR).orElseThrow() instanceof InitiatorModel);
    }

    @Test
    void theDifficultyThresholdIsAProbability() {
        assertThrows(IllegalArgumentException.class, () -> new InitiatorModel(1.5));
        assertThrows(IllegalArgumentException.class, () -> new InitiatorModel(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new InitiatorModel(Double.NaN));
    }
}
