package skill.core.standings;

import java.util.Map;

/**
 * One player's place in a skill's standings; rank and score are null for players not eligible. The
 * metrics are kept compact and immutable ({@link EntryMetrics}), whatever map they come in.
 */
public record StandingEntry(
        Integer rank,
        String playerId,
        String playerName,
        String teamId,
        String teamName,
        Double score,
        long minutesPlayed,
        boolean eligible,
        Map<String, Double> metrics) {

    public StandingEntry {
        metrics = EntryMetrics.of(metrics);
    }

    public boolean badge() {
        return rank != null && rank <= Standings.BADGE_PLACES;
    }
}
