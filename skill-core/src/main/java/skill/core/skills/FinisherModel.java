package skill.core.skills;

import skill.core.minutes.MatchSheet;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finisher (contract §3): goals and how they compare with the chances' xGoals. Own goals never
 * count for the shooter; penalties are ordinary shots.
 */
public final class FinisherModel implements SkillModel {
    static final String GOALS = "goals";
    static final String X_GOALS = "xGoals";
    static final String SHOTS = "shots";

    @Override
    public Skill skill() {
        return Skill.FINISHER;
    }

    @Override
    public Set<FactType> countedTypes() {
        return Set.of(FactType.SHOT);
    }

    @Override
    public Map<String, SortedMap<String, Double>> countsByPlayer(List<MatchFact> liveFacts, MatchSheet sheet) {
        Map<String, SortedMap<String, Double>> counts = new TreeMap<>();
        for (MatchFact f : liveFacts) {
            Shot shot = f.detailsAs(Shot.class);
            if (shot == null || shot.ownGoal()) {
                continue;
            }
            SortedMap<String, Double> c = counts.computeIfAbsent(f.playerId(), p -> new TreeMap<>());
            c.merge(SHOTS, 1.0, Double::sum);
            c.merge(X_GOALS, shot.xGoals(), Double::sum);
            c.merge(GOALS, shot.scored() ? 1.0 : 0.0, Double::sum);
        }
        return counts;
    }

    @Override
    public Map<String, Double> metrics(SeasonTotals season) {
        double goals = season.sum(GOALS);
        double xGoals = season.sum(X_GOALS);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("goals", goals);
        m.put("goalsPer90", season.per90(goals));
        m.put("xGoals", xGoals);
        m.put("shotEfficiency", goals - xGoals);
        m.put("shots", season.sum(SHOTS));
        return m;
    }

    /** Goals weigh most (contract §3); efficiency rewards finishing beyond the chances' quality. */
    @Override
    public Map<String, Double> defaultWeights() {
        return Map.of("goals", 0.5, "goalsPer90", 0.25, "shotEfficiency", 0.25);
    }
}
