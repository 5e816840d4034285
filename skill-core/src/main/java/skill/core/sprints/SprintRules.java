package skill.core.sprints;

import java.util.HashMap;
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

    /** From configuration: {@code overrides} is e.g. {@code "2023-24=DFL_FROM_2025_26, 2026-27=DFL_UNTIL_2024_25"}. */
    public static SprintRules parse(String newRuleFrom, String overrides) {
        Map<String, SprintRule> bySeason = new HashMap<>();
        for (String entry : overrides == null ? new String[0] : overrides.split(",")) {
            if (!entry.isBlank()) {
                String[] parts = entry.split("=", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("Expected season=RULE, was " + entry.strip());
                }
                bySeason.put(parts[0].strip(), SprintRule.valueOf(parts[1].strip()));
            }
        }
        return new SprintRules(newRuleFrom == null || newRuleFrom.isBlank() ? NEW_RULE_FROM : newRuleFrom.strip(), bySeason);
    }

    public SprintRule forSeason(String season) {
        SprintRule explicit = overrides.get(season);
        if (explicit != null) {
            return explicit;
        }
        return season.compareTo(newRuleFrom) >= 0 ? SprintRule.DFL_FROM_2025_26 : SprintRule.DFL_UNTIL_2024_25;
    }
}
