package skill.importer.dfl;

import org.w3c.dom.Element;
import skill.core.model.FactDetails.Lineup.LineupPlayer;
import skill.importer.MatchEnvelope;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DFL match information file (MatchInformation/General and Teams): who plays whom, when, and with
 * which players.
 *
 * @param lineups players per team id, home team first
 */
record DflMatchInformation(MatchEnvelope envelope, String homeTeamId, String homeTeamName, String awayTeamId,
                           String awayTeamName, Instant plannedKickoff, Map<String, List<LineupPlayer>> lineups) {

    /** DFL competition ids of the two Bundesliga divisions, as the contract's short codes. */
    private static final Map<String, String> COMPETITIONS = Map.of("DFL-COM-000001", "BL1", "DFL-COM-000002", "BL2");

    static DflMatchInformation read(Path file) {
        Element info = only(file, DflXml.parse(file).getDocumentElement(), "MatchInformation");
        Element general = only(file, info, "General");
        String competitionId = DflXml.attr(general, "CompetitionId");
        MatchEnvelope envelope = new MatchEnvelope(COMPETITIONS.getOrDefault(competitionId, competitionId),
                MatchEnvelope.season(DflXml.required(general, "Season")),
                Integer.parseInt(DflXml.required(general, "MatchDay")), DflXml.required(general, "MatchId"));
        Map<String, List<LineupPlayer>> lineups = new LinkedHashMap<>();
        String home = DflXml.required(general, "HomeTeamId");
        String away = DflXml.required(general, "GuestTeamId");
        lineups.put(home, List.of());
        lineups.put(away, List.of());
        for (Element team : DflXml.children(only(file, info, "Teams"), "Team")) {
            List<LineupPlayer> players = DflXml.children(team, "Players").stream()
                    .flatMap(p -> DflXml.children(p, "Player").stream()).map(DflMatchInformation::player).toList();
            lineups.put(DflXml.required(team, "TeamId"), players);
        }
        return new DflMatchInformation(envelope, home, DflXml.attr(general, "HomeTeamName"), away,
                DflXml.attr(general, "GuestTeamName"), DflXml.time(general, "PlannedKickoffTime"), lineups);
    }

    private static LineupPlayer player(Element p) {
        String shirt = DflXml.attr(p, "ShirtNumber");
        String name = DflXml.attr(p, "Shortname");
        if (name == null) {
            name = (p.getAttribute("FirstName") + " " + p.getAttribute("LastName")).trim();
        }
        return new LineupPlayer(DflXml.required(p, "PersonId"), name, shirt == null ? null : Integer.valueOf(shirt),
                DflXml.attr(p, "PlayingPosition"), Boolean.parseBoolean(DflXml.attr(p, "Starting")));
    }

    private static Element only(Path file, Element parent, String name) {
        List<Element> found = DflXml.children(parent, name);
        if (found.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one <" + name + ">, found " + found.size());
        }
        return found.get(0);
    }
}
