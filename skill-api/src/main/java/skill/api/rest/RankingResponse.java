package skill.api.rest;

import io.micronaut.core.annotation.Nullable;
import skill.core.standings.StandingEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** GET /api/v1/rankings/{skill} (contract §5): one page of the ranked (eligible) players. */
public record RankingResponse(String skill, @Nullable String season, int asOfMatchday, @Nullable Instant updatedAt, int total,
                              List<Entry> entries) {

    public record Entry(Integer rank, String playerId, String playerName, String teamId, Double score,
                        long minutesPlayed, Map<String, Double> metrics, boolean badge) {

        static Entry of(StandingEntry e) {
            return new Entry(e.rank(), e.playerId(), e.playerName(), e.teamId(), e.score(), e.minutesPlayed(),
                    e.metrics() == null ? Map.of() : e.metrics(), e.badge());
        }
    }
}
