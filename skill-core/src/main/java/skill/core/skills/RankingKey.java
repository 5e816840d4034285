package skill.core.skills;

import java.util.Arrays;

/**
 * The message key of skill-rankings (contract §4) and the standings topics: {@code {competition}|{season}|{SKILL}}
 * for a skill's current rankings and standings, {@code {competition}|{season}|{SKILL}|{matchday}} for its
 * standings as of a matchday. Written and read here only.
 *
 * @param matchday null for the current standings
 */
public record RankingKey(String competition, String season, Skill skill, Integer matchday) {
    private static final char SEPARATOR = '|';

    /** The key of the skill's current standings of the competition's season. */
    public static RankingKey current(String competition, String season, Skill skill) {
        return new RankingKey(competition, season, skill, null);
    }

    /** The key of the same skill, competition and season as of {@code day}. */
    public RankingKey asOf(int day) {
        return new RankingKey(competition, season, skill, day);
    }

    /** The same skill's current key, whatever matchday this one names. */
    public RankingKey current() {
        return current(competition, season, skill);
    }

    /** Competition and season as one: what a calculator task ranks ({@code MatchFact#rankingScope}). */
    public String scope() {
        return competition + SEPARATOR + season;
    }

    public String key() {
        String current = scope() + SEPARATOR + skill.name();
        return matchday == null ? current : current + SEPARATOR + matchday;
    }

    /** @throws IllegalArgumentException unless {@code key} is {competition}|{season}|{SKILL}[|{matchday}] */
    public static RankingKey parse(String key) {
        String[] parts = key == null ? new String[0] : key.split("\\|", -1);
        if (parts.length < 3 || parts.length > 4 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException("Key '" + key
                    + "' is not {competition}|{season}|{SKILL} or {competition}|{season}|{SKILL}|{matchday}");
        }
        Skill skill;
        Integer matchday;
        try {
            skill = Skill.valueOf(parts[2]);
            matchday = parts.length == 4 ? Integer.valueOf(parts[3]) : null;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Key '" + key + "' names no skill or no matchday number", e);
        }
        return new RankingKey(parts[0], parts[1], skill, matchday);
    }

    /**
     * Whether {@code key} has the format before competitions ({@code {season}|{SKILL}[|{matchday}]}): such
     * keys are retracted on upgrade, so a compacted topic keeps no stale rankings.
     */
    public static boolean isLegacy(String key) {
        String[] parts = key == null ? new String[0] : key.split("\\|", -1);
        return (parts.length == 2 || parts.length == 3)
                && Arrays.stream(Skill.values()).anyMatch(s -> s.name().equals(parts[1]));
    }
}
