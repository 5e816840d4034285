package skill.api.rest;

import io.micronaut.core.annotation.Nullable;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.util.List;
import java.util.Map;

/** GET /api/v1/players/{playerId}/history: per skill, the player's rank and score after each matchday. */
public record PlayerHistoryResponse(String playerId, String competition, String season, Map<String, List<Point>> skills) {

    /** rank and score are null where the player was not (yet) eligible or not listed. */
    public record Point(int matchday, @Nullable Integer rank, @Nullable Double score, boolean badge) {

        static Point of(int matchday, Standings standings, String playerId) {
            var entry = standings.entryOf(playerId);
            return new Point(matchday, entry.map(StandingEntry::rank).orElse(null),
                    entry.map(StandingEntry::score).orElse(null), entry.map(StandingEntry::badge).orElse(false));
        }
    }
}
