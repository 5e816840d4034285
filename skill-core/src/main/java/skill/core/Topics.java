package skill.core;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Kafka topics of the system. Defaults are the public contract's names; every name can be
 * overridden by configuration (see {@link ConfigKeys}), and tests give each run its own prefix.
 */
public record Topics(
        String matchFacts,
        String matchFactsDlq,
        String matchFactUpdates,
        String matchPositions,
        String skillRankings,
        String skillBadgeEvents,
        String skillStandings,
        String skillStandingsByMatchday) {

    public static final String MATCH_FACTS = "match-facts";
    public static final String MATCH_FACTS_DLQ = "match-facts-dlq";
    public static final String MATCH_FACT_UPDATES = "match-fact-updates";
    public static final String MATCH_POSITIONS = "match-positions";
    public static final String SKILL_RANKINGS = "skill-rankings";
    public static final String SKILL_BADGE_EVENTS = "skill-badge-events";
    /** Added to the contract: every player's standing (not just the top 10), the API's read model. */
    public static final String SKILL_STANDINGS = "skill-standings";
    /** Added to the contract: the standings as of each matchday, key {season}|{SKILL}|{matchday}. */
    public static final String SKILL_STANDINGS_BY_MATCHDAY = "skill-standings-by-matchday";

    /**
     * The header of every message of the calculators, {@code {partition}:{first}-{last}}: the
     * match-fact-updates events of its season that the ranking took in, the offsets of the first and the
     * last of them on that partition (it counts every earlier one as well).
     */
    public static final String COUNTED_HEADER = "skill.updates.counted";

    public static Topics defaults() {
        return new Topics(MATCH_FACTS, MATCH_FACTS_DLQ, MATCH_FACT_UPDATES, MATCH_POSITIONS,
                SKILL_RANKINGS, SKILL_BADGE_EVENTS, SKILL_STANDINGS, SKILL_STANDINGS_BY_MATCHDAY);
    }

    /** Reads overrides with {@code lookup(key)}; a null answer keeps the default. */
    public static Topics fromConfig(UnaryOperator<String> lookup) {
        Topics d = defaults();
        return new Topics(
                or(lookup.apply(ConfigKeys.TOPIC_MATCH_FACTS), d.matchFacts),
                or(lookup.apply(ConfigKeys.TOPIC_MATCH_FACTS_DLQ), d.matchFactsDlq),
                or(lookup.apply(ConfigKeys.TOPIC_MATCH_FACT_UPDATES), d.matchFactUpdates),
                or(lookup.apply(ConfigKeys.TOPIC_MATCH_POSITIONS), d.matchPositions),
                or(lookup.apply(ConfigKeys.TOPIC_SKILL_RANKINGS), d.skillRankings),
                or(lookup.apply(ConfigKeys.TOPIC_SKILL_BADGE_EVENTS), d.skillBadgeEvents),
                or(lookup.apply(ConfigKeys.TOPIC_SKILL_STANDINGS), d.skillStandings),
                or(lookup.apply(ConfigKeys.TOPIC_SKILL_STANDINGS_BY_MATCHDAY), d.skillStandingsByMatchday));
    }

    public Topics withPrefix(String prefix) {
        return new Topics(prefix + matchFacts, prefix + matchFactsDlq, prefix + matchFactUpdates,
                prefix + matchPositions, prefix + skillRankings, prefix + skillBadgeEvents, prefix + skillStandings,
                prefix + skillStandingsByMatchday);
    }

    /** These names as configuration, key by key: the inverse of {@link #fromConfig}. */
    public Map<String, String> config() {
        return Map.of(ConfigKeys.TOPIC_MATCH_FACTS, matchFacts,
                ConfigKeys.TOPIC_MATCH_FACTS_DLQ, matchFactsDlq,
                ConfigKeys.TOPIC_MATCH_FACT_UPDATES, matchFactUpdates,
                ConfigKeys.TOPIC_MATCH_POSITIONS, matchPositions,
                ConfigKeys.TOPIC_SKILL_RANKINGS, skillRankings,
                ConfigKeys.TOPIC_SKILL_BADGE_EVENTS, skillBadgeEvents,
                ConfigKeys.TOPIC_SKILL_STANDINGS, skillStandings,
                ConfigKeys.TOPIC_SKILL_STANDINGS_BY_MATCHDAY, skillStandingsByMatchday);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
