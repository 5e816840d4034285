package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.Lineup.LineupPlayer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team's lineup: the starting XI from its Starting XI event (tactics.lineup), the bench from the
 * lineups file (every other player of the squad). Names come from the lineups file, the nickname where
 * StatsBomb gives one (the name the public knows), else the full name.
 */
final class SbLineups {

    private SbLineups() {
    }

    /** @param lineups the parsed lineups file, or a missing node when the file is absent (starters only) */
    static Lineup of(JsonNode startingXi, JsonNode lineups) {
        String teamId = SbJson.id(startingXi, "team");
        Map<String, JsonNode> squad = new LinkedHashMap<>();
        for (JsonNode team : lineups) {
            if (team.path("team_id").asText().equals(teamId)) {
                team.path("lineup").forEach(p -> squad.put(p.path("player_id").asText(), p));
            }
        }
        List<LineupPlayer> players = new ArrayList<>();
        Set<String> starters = new HashSet<>();
        for (JsonNode slot : startingXi.path("tactics").path("lineup")) {
            String id = SbJson.id(slot, "player");
            starters.add(id);
            JsonNode known = squad.get(id);
            players.add(new LineupPlayer(id, known != null ? name(known) : SbJson.name(slot, "player"),
                    SbJson.integer(slot, "jersey_number"),
                    SbJson.name(slot, "position"), true));
        }
        squad.forEach((id, p) -> {
            if (!starters.contains(id)) {
                // An unused substitute has no positions; one who came on lists where he played first.
                players.add(new LineupPlayer(id, name(p),
                        SbJson.integer(p, "jersey_number"),
                        SbJson.text(p.path("positions").path(0), "position"), false));
            }
        });
        return new Lineup(players);
    }

    private static String name(JsonNode player) {
        String nickname = SbJson.text(player, "player_nickname");
        return nickname != null ? nickname : SbJson.text(player, "player_name");
    }
}
