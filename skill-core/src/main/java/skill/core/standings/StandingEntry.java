package skill.core.standings;

import java.util.Map;

/** One player's place in a skill's standings; rank and score are null for players not eligible. */
public record StandingEntry(
        Integer rank,
        String playerId,
        String playerName,
        String teamId,
        Double score,
        long minutesPlayed,
        boolean eligible,
        Map<String, Double> metrics) {

    public boolean badge() {
        return rank != null && rank <= Standings.BADGE_PLACES;
    }
}
