package skill.core.skills;

/**
 * The message key of skill-rankings (contract §4) and the standings topics: {@code {season}|{SKILL}} for
 * a skill's current rankings and standings of a season, {@code {season}|{SKILL}|{matchday}} for its
 * standings as of a matchday. Written and read here only.
 *
 * @param matchday null for the current standings
 */
public record RankingKey(String season, Skill skill, Integer matchday) {
    private static final char SEPARATOR = '|';

    /** The key of the skill's current standings of the season. */
    public static RankingKey current(String season, Skill skill) {
        return new RankingKey(season, skill, null);
    }

    /** The key of the same skill and season as of {@code day}. */
    public RankingKey asOf(int day) {
        return new RankingKey(season, skill, day);
    }

    public String key() {
        String current = season + SEPARATOR + skill.name();
        return matchday == null ? current : current + SEPARATOR + matchday;
    }

    /** @throws IllegalArgumentException unless {@code key} is {season}|{SKILL} or {season}|{SKILL}|{matchday} */
    public static RankingKey parse(String key) {
        String[] parts = key == null ? new String[0] : key.split("\\|", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("Key '" + key + "' is not {season}|{SKILL} or {season}|{SKILL}|{matchday}");
        }
        Skill skill;
        Integer matchday;
        try {
            skill = Skill.valueOf(parts[1]);
            matchday = parts.length == 3 ? Integer.valueOf(parts[2]) : null;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Key '" + key + "' names no skill or no matchday number", e);
        }
        return new RankingKey(parts[0], skill, matchday);
    }
}
