package skill.core.standings;

import skill.core.skills.Skill;

import java.time.Instant;

/** The contract's skill-badge-events message (§4): one change in a top 10 a story can be told about. */
public record BadgeEvent(String season, Skill skill, String playerId, String playerName, Kind kind,
                         Integer oldRank, Integer newRank, Double score, Instant at) {

    public enum Kind { ENTERED_TOP10, LEFT_TOP10, NEW_LEADER, RANK_CHANGED }
}
