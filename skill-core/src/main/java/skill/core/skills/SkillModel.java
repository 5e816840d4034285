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

    /** Season metrics by their contract names, in display order; a metric without a value is null. */
    Map<String, Double> metrics(SeasonTotals season);

    /**
     * Whether the player's season has this skill's data at all (contract §3): a player without it is not
     * ranked, whatever his minutes. Event data counts for every match, so only tracking-based skills say no.
     */
    default boolean hasData(SeasonTotals season) {
        return true;
    }

    /** Default score weight per metric name; configuration may override each. */
    Map<String, Double> defaultWeights();
}
