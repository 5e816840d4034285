package skill.core.sprints;

import java.util.Map;

/**
 * The sprint rule of each season: DFL's new rule from {@code newRuleFrom} on, the old one before,
 * unless a season is configured explicitly. Seasons are {@code YYYY-YY}, so they sort as strings.
 */
public record SprintRules(String newRuleFrom, Map<String, SprintRule> overrides) {
    public static final String NEW_RULE_FROM = "2025-26";

    public SprintRules {
        overrides = Map.copyOf(overrides);
    }

    public static SprintRules defaults() {
        return new SprintRules(NEW_RULE_FROM, Map.of());
    }

    public SprintRule forSeason(String season) {
        SprintRule explicit = overrides.get(season);
        if (explicit != null) {
            return explicit;
        }
        return season.compareTo(newRuleFrom) >= 0 ? SprintRule.DFL_FROM_2025_26 : SprintRule.DFL_UNTIL_2024_25;
    }
}
