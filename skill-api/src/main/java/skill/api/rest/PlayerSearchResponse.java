package skill.api.rest;

import io.micronaut.core.annotation.Nullable;
import skill.api.readmodel.PlayerView;

import java.util.List;

/**
 * GET /api/v1/players?query=: the players of a competition's season whose name matches, by name; total
 * counts all matches.
 */
public record PlayerSearchResponse(String competition, @Nullable String season, String query, int total,
                                   List<Player> players) {

    public record Player(String playerId, String playerName, String teamId, @Nullable String teamName,
                         long minutesPlayed) {

        static Player of(PlayerView p) {
            return new Player(p.playerId(), p.playerName(), p.teamId(), p.teamName(), p.minutesPlayed());
        }
    }
}
