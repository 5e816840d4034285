package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.skills.Skill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reference: a skill's standings of one competition's season computed in one batch from the final fact set
 * (contract §1, §3), deliberately plain and slow. Per-match tallies come from {@link SkillRules}
 * (the initiator's from {@link AssistChains}), millis from {@link Minutes}; season values are
 * sums over the matches.
 *
 * <p>Where the contract leaves a choice, the reference takes the reading the production code
 * implements, each a defensible reading of the text: metrics are rounded to 3 decimals and the
 * score is taken over the rounded metrics (what is published is what is scored), then rounded to 4;
 * ties go to fewer minutes played measured exactly (milliseconds), not in the whole minutes shown; a
 * per-90 value of a player without minutes is 0; a null metric scores worst; own goals have no
 * assists; {@code difficultPassesAssisted} counts per assisted shot; ground and aerial duels won
 * count whatever the roles. Time is counted in exact milliseconds.
 */
public final class ReferenceRanking {

    /** One player's standing; {@code score} and {@code rank} are null when not eligible. */
    public record Entry(String playerId, long millis, boolean eligible, Map<String, Double> metrics,
                        Double score, Integer rank) {
        public long minutesPlayed() {
            return millis / 60_000;
        }
    }

    private ReferenceRanking() {
    }

    /**
     * @param messages every message of one competition's season, in any order, duplicates and stale versions included
     * @param weights  score weight per metric name
     * @return the eligible players by rank, then everyone else by playerId
     */
    public static List<Entry> standings(Skill skill, Collection<? extends JsonNode> messages,
                                        Map<String, Double> weights, long minMinutes) {
        SortedMap<String, List<JsonNode>> matches = FinalFacts.byMatch(FinalFacts.of(messages));
        Map<String, Long> millis = new TreeMap<>();
        Map<String, List<Map<String, Double>>> tallies = new TreeMap<>();
        for (List<JsonNode> facts : matches.values()) {  // in matchId order
            Minutes.millisByPlayer(facts).forEach((p, s) -> millis.merge(p, s, Long::sum));
            SkillRules.tally(skill, facts).forEach((p, t) -> tallies.computeIfAbsent(p, x -> new ArrayList<>()).add(t));
        }
        TreeSet<String> players = new TreeSet<>(millis.keySet());
        players.addAll(tallies.keySet());
        List<Entry> eligible = new ArrayList<>();
        List<Entry> others = new ArrayList<>();
        for (String p : players) {
            long s = millis.getOrDefault(p, 0L);
            Map<String, Double> metrics = new LinkedHashMap<>();
            SkillRules.metrics(skill, tallies.getOrDefault(p, List.of()), s)
                    .forEach((name, v) -> metrics.put(name, v == null ? null : round(v, 3)));
            boolean eligibleNow = s >= minMinutes * 60_000 && SkillRules.hasData(skill, tallies.getOrDefault(p, List.of()));
            (eligibleNow ? eligible : others).add(new Entry(p, s, eligibleNow, metrics, null, null));
        }
        List<Entry> scored = new ArrayList<>();
        for (Entry e : eligible) {
            scored.add(new Entry(e.playerId, e.millis, true, e.metrics, round(score(e, eligible, weights), 4), null));
        }
        scored.sort(Comparator.comparing((Entry e) -> -e.score).thenComparingLong(Entry::millis)
                .thenComparing(Entry::playerId));
        List<Entry> result = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Entry e = scored.get(i);
            result.add(new Entry(e.playerId, e.millis, true, e.metrics, e.score, i + 1));
        }
        result.addAll(others);
        return result;
    }

    /**
     * Σ weight · norm / Σ weight with norm = (v − min) / (max − min) over the eligible players; 0 for
     * everyone when max = min. A null metric (a win rate without duels, no top speed) is left out of
     * min and max and counts as the worst value, 0 — the contract is silent; docs/skills.md says so.
     * The terms are summed in metric-name order, as ScoreFormula does: float addition is not
     * associative, and about one score in 6,000 lies on a rounding half where the order decides.
     */
    private static double score(Entry player, List<Entry> eligible, Map<String, Double> weights) {
        double sum = 0;
        double totalWeight = 0;
        for (var w : new TreeMap<>(weights).entrySet()) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Entry e : eligible) {
                Double v = e.metrics.get(w.getKey());
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            Double v = player.metrics.get(w.getKey());
            totalWeight += w.getValue();
            if (v != null && max > min) {
                sum += w.getValue() * ((v - min) / (max - min));
            }
        }
        return sum / totalWeight;
    }

    /** Half up on the decimal digit, as published. */
    static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
