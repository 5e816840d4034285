package skill.core.skills;

import java.time.Instant;
import java.util.SortedMap;

/**
 * One player's part in one match for one skill: time on the pitch (exact, in milliseconds) and the
 * skill's raw counts (goals, xGoals, shots, ...). Lines are full states, never deltas, so applying
 * one twice changes nothing.
 */
public record PlayerMatchLine(
        String competition,
        String season,
        String matchId,
        int matchday,
        String playerId,
        String playerName,
        String teamId,
        String teamName,
        long millisPlayed,
        SortedMap<String, Double> counts,
        Instant updatedAt) {
}
