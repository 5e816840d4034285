package skill.calculators.streams;

import skill.core.skills.Skill;

/** One skill's rankings of one season: stage two's unit of work, keyed like the published standings. */
record SkillSeason(Skill skill, String season) {

    /** {season}|{SKILL}, as {@link Skill#rankingKey}. */
    String key() {
        return skill.rankingKey(season);
    }

    static SkillSeason of(String key) {
        int at = key.lastIndexOf('|');
        return new SkillSeason(Skill.valueOf(key.substring(at + 1)), key.substring(0, at));
    }
}
