package skill.core.skills;

import skill.core.minutes.MatchSheet;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** What one skill counts in a match, and the season metrics and score weights it derives from that. */
public interface SkillModel {

    Skill skill();

    /** The fact types this skill counts; the {@link MatchSheet#TYPES} are always kept besides. */
    java.util.Set<FactType> countedTypes();

    /**
     * Raw counts per player in one match.
     *
     * @param liveFacts the match's live facts in match order
     */
    Map<String, SortedMap<String, Double>> countsByPlayer(List<MatchFact> liveFacts, MatchSheet sheet);

    /** Season metrics by their contract names, in display order, from the summed counts. */
    Map<String, Double> metrics(Map<String, Double> seasonCounts, long secondsPlayed);

    /** Default score weight per metric name; configuration may override each. */
    Map<String, Double> defaultWeights();

    static double per90(double value, long secondsPlayed) {
        return secondsPlayed == 0 ? 0 : value * 90 * 60 / secondsPlayed;
    }
}
