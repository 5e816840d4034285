package skill.core.standings;

import skill.core.model.FactType;
import skill.core.skills.Skill;

import java.time.Instant;

/**
 * The contract's skill-badge-events message (§4): one change in a top 10 a story can be told about,
 * with what caused it and whether that happened just now.
 */
public record BadgeEvent(String competition, String season, Skill skill, String playerId, String playerName,
                         String teamId, String teamName, Kind kind, Integer oldRank, Integer newRank, Double score,
                         Instant at, boolean live, Cause cause) {

    public enum Kind { ENTERED_TOP10, LEFT_TOP10, NEW_LEADER, RANK_CHANGED }

    /** The latest fact (by occurredAt) counted in the recomputation that produced the change. */
    public record Cause(String matchId, String factId, FactType type, String playerId, Instant occurredAt) {
    }
}
