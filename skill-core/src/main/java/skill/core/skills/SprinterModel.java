package skill.core.skills;

import skill.core.minutes.MatchSheet;
import skill.core.model.FactDetails.SpeedSummary;
import skill.core.model.FactDetails.Sprint;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sprinter (contract §3) from the sprint facts (docs/facts-sprint.md): per match, the number of
 * {@code SPRINT}s and the top speed of the player's {@code SPEED_SUMMARY}. The detector applies the
 * season's sprint rule and filters tracking artefacts before it publishes, so this model only counts.
 */
public final class SprinterModel implements SkillModel {
    static final String SPRINTS = "sprints";
    static final String TOP_SPEED_KMH = "topSpeedKmh";
    private static final double KMH_PER_MS = 3.6;

    @Override
    public Skill skill() {
        return Skill.SPRINTER;
    }

    @Override
    public Set<FactType> countedTypes() {
        return Set.of(FactType.SPRINT, FactType.SPEED_SUMMARY);
    }

    /** A match without a summary for the player has no top speed (not 0), so it stays out of the mean. */
    @Override
    public Map<String, SortedMap<String, Double>> countsByPlayer(List<MatchFact> liveFacts, MatchSheet sheet) {
        Map<String, SortedMap<String, Double>> counts = new TreeMap<>();
        for (MatchFact f : liveFacts) {
            if (f.detailsAs(Sprint.class) != null) {
                counts.computeIfAbsent(f.playerId(), p -> new TreeMap<>()).merge(SPRINTS, 1.0, Double::sum);
            }
            SpeedSummary summary = f.detailsAs(SpeedSummary.class);
            if (summary != null) {
                // One summary per player and match is expected; should a producer send more, the highest holds.
                counts.computeIfAbsent(f.playerId(), p -> new TreeMap<>())
                        .merge(TOP_SPEED_KMH, summary.topSpeed() * KMH_PER_MS, Math::max);
            }
        }
        return counts;
    }

    /** Tracking data: a speed summary or a sprint of one of his matches; event data alone says nothing of speed. */
    @Override
    public boolean hasData(SeasonTotals season) {
        return season.has(TOP_SPEED_KMH) || season.has(SPRINTS);
    }

    @Override
    public Map<String, Double> metrics(SeasonTotals season) {
        double sprints = season.sum(SPRINTS);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("topSpeedKmh", orNull(season.max(TOP_SPEED_KMH)));
        m.put("avgTopSpeedKmh", orNull(season.mean(TOP_SPEED_KMH)));
        m.put("sprints", sprints);
        m.put("sprintsPer90", season.per90(sprints));
        return m;
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /**
     * The mean of the match top speeds and the sprints per 90 lead, as in the seed system ("average top
     * speeds across all games" and "the frequency of sprints per 90 minutes"): both reward being fast
     * and sprinting often in every match rather than once. The season's top speed (one run, and the
     * most exposed to a residual artefact) and the total of sprints (which grows with minutes) add less.
     */
    @Override
    public Map<String, Double> defaultWeights() {
        return Map.of("avgTopSpeedKmh", 0.35, "sprintsPer90", 0.35, "topSpeedKmh", 0.15, "sprints", 0.15);
    }
}
