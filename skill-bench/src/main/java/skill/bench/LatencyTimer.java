package skill.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calculators' fact-to-ranking Timer read from their Prometheus text, per skill and for all skills
 * together: the count and the upper bounds of the buckets holding the 50th and 99th percentile, in ms.
 */
final class LatencyTimer {
    /** The key of all skills together in {@link #percentiles}. */
    static final String ALL = "all";
    private static final Pattern BUCKET = Pattern.compile(
            "skill_calculators_fact_to_ranking_seconds_bucket\\{([^}]*)} ([0-9.eE+]+)");
    private static final Pattern SKILL = Pattern.compile("skill=\"([^\"]+)\"");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    private LatencyTimer() {
    }

    /** Skill path (and {@link #ALL}) → {count, p50 ms, p99 ms}, in skill order; empty when nothing was recorded. */
    static Map<String, double[]> percentiles(String prometheus) {
        Map<String, TreeMap<Double, Double>> cumulative = new TreeMap<>();
        Matcher m = BUCKET.matcher(prometheus);
        while (m.find()) {
            String skill = label(SKILL, m.group(1));
            double le = bound(label(LE, m.group(1)));
            double count = Double.parseDouble(m.group(2));
            cumulative.computeIfAbsent(skill, s -> new TreeMap<>()).merge(le, count, Double::sum);
            cumulative.computeIfAbsent(ALL, s -> new TreeMap<>()).merge(le, count, Double::sum);
        }
        Map<String, double[]> percentiles = new TreeMap<>();
        cumulative.forEach((skill, buckets) -> {
            double count = buckets.lastEntry().getValue();
            if (count > 0) {
                percentiles.put(skill, new double[]{count, quantile(buckets, count * 0.5), quantile(buckets, count * 0.99)});
            }
        });
        return percentiles;
    }

    private static String label(Pattern label, String labels) {
        Matcher m = label.matcher(labels);
        if (!m.find()) {
            throw new IllegalArgumentException("No " + label.pattern() + " in {" + labels + "}");
        }
        return m.group(1);
    }

    private static double bound(String le) {
        return le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }

    private static double quantile(TreeMap<Double, Double> cumulative, double rank) {
        return cumulative.entrySet().stream().filter(e -> e.getValue() >= rank).findFirst()
                .map(e -> e.getKey() * 1000).orElse(Double.NaN);
    }
}
