package skill.core.standings;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreFormulaTest {

    @Test
    void minMaxNormalisedWeightedMean() {
        ScoreFormula f = new ScoreFormula(Map.of("a", 3.0, "b", 1.0));

        List<Double> s = f.scores(List.of(
                Map.of("a", 10.0, "b", 0.0),
                Map.of("a", 0.0, "b", 4.0),
                Map.of("a", 5.0, "b", 2.0)));

        assertEquals(0.75, s.get(0), 1e-12);
        assertEquals(0.25, s.get(1), 1e-12);
        assertEquals(0.5, s.get(2), 1e-12);
    }

    @Test
    void theBestAtEveryWeightedMetricGetsExactlyOne() {
        Random random = new Random(7);
        for (int round = 0; round < 1000; round++) {
            Map<String, Double> weights = new HashMap<>();
            for (int m = 0; m < 1 + random.nextInt(6); m++) {
                weights.put("m" + m, Math.round(random.nextDouble() * 100) / 100.0 + 0.01);
            }
            List<Map<String, Double>> players = randomPlayers(random, weights.keySet().size(), 8);
            Map<String, Double> best = new HashMap<>();
            weights.keySet().forEach(m -> best.put(m, 1000.0));
            players.add(best);

            List<Double> s = new ScoreFormula(weights).scores(players);

            assertEquals(1.0, s.get(s.size() - 1), "weights " + weights);
        }
    }

    @Test
    void manyEqualWeightsStillGiveTheBestExactlyOne() {
        // Summed naively these add up to slightly more or less than their compensated total.
        for (double weight : new double[]{0.1, 0.7}) {
            for (int metrics : new int[]{6, 7}) {
                Map<String, Double> weights = new HashMap<>();
                Map<String, Double> best = new HashMap<>();
                Map<String, Double> worst = new HashMap<>();
                for (int m = 0; m < metrics; m++) {
                    weights.put("m" + m, weight);
                    best.put("m" + m, 1.0);
                    worst.put("m" + m, 0.0);
                }

                assertEquals(List.of(1.0, 0.0), new ScoreFormula(weights).scores(List.of(best, worst)),
                        metrics + " weights of " + weight);
            }
        }
    }

    @Test
    void scoresStayWithinZeroAndOne() {
        Random random = new Random(11);
        for (int round = 0; round < 1000; round++) {
            Map<String, Double> weights = Map.of("m0", random.nextDouble() + 0.01, "m1", 0.1, "m2", 0.2,
                    "m3", 0.3, "m4", random.nextDouble());
            List<Map<String, Double>> players = randomPlayers(random, 5, 1 + random.nextInt(20));

            for (double score : new ScoreFormula(weights).scores(players)) {
                assertTrue(score >= 0 && score <= 1, "score " + score + " for weights " + weights);
            }
        }
    }

    @Test
    void allEqualGivesZeroForEveryone() {
        ScoreFormula f = new ScoreFormula(Map.of("a", 1.0, "b", 2.0));

        assertEquals(List.of(0.0, 0.0, 0.0), f.scores(List.of(
                Map.of("a", 2.0, "b", 0.0), Map.of("a", 2.0, "b", 0.0), Map.of("a", 2.0, "b", 0.0))));
        assertEquals(List.of(0.0), f.scores(List.of(Map.of("a", 5.0, "b", 9.0))), "a single player");
    }

    @Test
    void noPlayersNoScores() {
        assertEquals(List.of(), new ScoreFormula(Map.of("a", 1.0)).scores(List.of()));
    }

    @Test
    void anAbsentMetricCountsAsTheWorst() {
        ScoreFormula f = new ScoreFormula(Map.of("rate", 1.0));
        Map<String, Double> withoutRate = new HashMap<>();
        withoutRate.put("rate", null);

        List<Double> s = f.scores(List.of(Map.of("rate", 0.8), Map.of("rate", 0.2), withoutRate, Map.of()));

        assertEquals(List.of(1.0, 0.0, 0.0, 0.0), s);
    }

    @Test
    void anAbsentMetricStillLetsTheOtherMetricsCount() {
        ScoreFormula f = new ScoreFormula(Map.of("rate", 1.0, "wins", 1.0));
        Map<String, Double> noDuels = new HashMap<>();
        noDuels.put("rate", null);
        noDuels.put("wins", 10.0);

        List<Double> s = f.scores(List.of(Map.of("rate", 0.5, "wins", 0.0), Map.of("rate", 0.9, "wins", 5.0), noDuels));

        assertEquals(List.of(0.0, 0.75, 0.5), s);
    }

    @Test
    void unweightedMetricsDoNotCount() {
        ScoreFormula f = new ScoreFormula(Map.of("a", 1.0, "ignored", 0.0));

        assertEquals(List.of(1.0, 0.0), f.scores(List.of(
                Map.of("a", 2.0, "ignored", 0.0, "other", 0.0), Map.of("a", 1.0, "ignored", 99.0, "other", 99.0))));
    }

    @Test
    void weightsMustBeNonNegativeWithAPositiveSum() {
        assertThrows(IllegalArgumentException.class, () -> new ScoreFormula(Map.of("a", 1.0, "b", -0.1)));
        assertThrows(IllegalArgumentException.class, () -> new ScoreFormula(Map.of("a", 0.0, "b", 0.0)));
        assertThrows(IllegalArgumentException.class, () -> new ScoreFormula(Map.of()));
        assertEquals(Map.of("a", 0.0, "b", 2.0), new ScoreFormula(Map.of("a", 0.0, "b", 2.0)).weights());
    }

    @Test
    void weightsAreCopied() {
        Map<String, Double> weights = new HashMap<>(Map.of("a", 1.0));
        ScoreFormula f = new ScoreFormula(weights);

        weights.put("a", -5.0);

        assertEquals(Map.of("a", 1.0), f.weights());
    }

    private static List<Map<String, Double>> randomPlayers(Random random, int metrics, int players) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int p = 0; p < players; p++) {
            Map<String, Double> m = new HashMap<>();
            for (int i = 0; i < metrics; i++) {
                m.put("m" + i, random.nextInt(5) == 0 ? 0.0 : random.nextDouble() * (random.nextBoolean() ? 10 : -3));
            }
            out.add(m);
        }
        return out;
    }
}
