package skill.core.standings;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A skill score in [0, 1]: each weighted metric is min-max normalised over the eligible players
 * (best = 1, worst = 0; 0 for everyone when all are equal), then the weighted mean is taken.
 * Absent metrics (a win rate without duels) count as the worst value.
 */
public record ScoreFormula(Map<String, Double> weights) {

    public ScoreFormula {
        // Summed in one fixed order, by metric name: float addition is not associative, and Map.copyOf
        // iterates in an order that changes from one JVM to the next, so a score on a rounding half
        // (0.26125) was published as 0.2612 by one instance and as 0.2613 by another.
        weights = Collections.unmodifiableMap(new TreeMap<>(weights));
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (weights.values().stream().anyMatch(w -> w < 0) || total <= 0) {
            throw new IllegalArgumentException("score weights must be ≥ 0 with a positive sum: " + weights);
        }
    }

    /** Scores in the order of the given metrics. */
    public List<Double> scores(List<Map<String, Double>> metricsOfEligible) {
        Map<String, double[]> ranges = new HashMap<>();
        weights.keySet().forEach(name -> ranges.put(name, range(name, metricsOfEligible)));
        return metricsOfEligible.stream().map(m -> {
            // Weight total and weighted sum in one plain loop: for the best at every metric the two are
            // the same sum bit for bit, so the score is exactly 1 and never rounds out of [0, 1].
            double sum = 0;
            double totalWeight = 0;
            for (var w : weights.entrySet()) {
                totalWeight += w.getValue();
                double[] r = ranges.get(w.getKey());
                double span = r[1] - r[0];
                Double v = m.get(w.getKey());
                sum += span > 0 && v != null ? w.getValue() * ((v - r[0]) / span) : 0;
            }
            return sum / totalWeight;
        }).toList();
    }

    private static double[] range(String name, Collection<Map<String, Double>> all) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map<String, Double> m : all) {
            Double v = m.get(name);
            if (v != null) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min > max ? new double[]{0, 0} : new double[]{min, max};
    }
}
