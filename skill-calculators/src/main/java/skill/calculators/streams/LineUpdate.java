package skill.calculators.streams;

import skill.core.skills.PlayerMatchLine;
import skill.core.skills.Skill;

/** A player's line for one skill in one match changed, or was removed ({@code line} null), for one season. */
record LineUpdate(Skill skill, String season, String matchId, String playerId, PlayerMatchLine line) {

    SkillSeason skillSeason() {
        return new SkillSeason(skill, season);
    }
}
