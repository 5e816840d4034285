package skill.calculators.streams;

import skill.core.skills.PlayerMatchLine;
import skill.core.skills.RankingKey;
import skill.core.skills.Skill;

/** A player's line for one skill in one match changed, or was removed ({@code line} null), for one season. */
record LineUpdate(Skill skill, String season, String matchId, String playerId, PlayerMatchLine line) {

    /** Stage two's unit of work: the skill's season, keyed like its published standings. */
    RankingKey rankingKey() {
        return RankingKey.current(season, skill);
    }
}
