package skill.api.rest;

import skill.api.readmodel.PlayerView;

import java.util.List;

/** GET /api/v1/players?query=: the season's players whose name matches, by name; total counts all matches. */
public record PlayerSearchResponse(String season, String query, int total, List<Player> players) {

    public record Player(String playerId, String playerName, String teamId, long minutesPlayed) {

        static Player of(PlayerView p) {
            return new Player(p.playerId(), p.playerName(), p.teamId(), p.minutesPlayed());
        }
    }
}
