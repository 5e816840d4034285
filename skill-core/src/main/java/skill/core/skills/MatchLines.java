package skill.core.skills;

import skill.core.minutes.MatchSheet;
import skill.core.minutes.MinutesPlayed;
import skill.core.model.MatchFact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Turns one match's live facts into every involved player's {@link PlayerMatchLine} for one skill. */
public final class MatchLines {
    private MatchLines() {
    }

    /** Lines keyed by playerId; a player appears when named in a lineup, substituted in or counted. */
    public static Map<String, PlayerMatchLine> of(String matchId, Collection<MatchFact> liveFacts, SkillModel model) {
        List<MatchFact> ordered = liveFacts.stream().sorted(MatchFact.MATCH_ORDER).toList();
        MatchSheet sheet = MatchSheet.of(ordered);
        Map<String, Long> seconds = MinutesPlayed.secondsByPlayer(sheet);
        Map<String, SortedMap<String, Double>> counts = model.countsByPlayer(ordered, sheet);
        Map<String, String> actingTeams = new TreeMap<>();
        ordered.stream().filter(f -> f.playerId() != null && f.teamId() != null)
                .forEach(f -> actingTeams.put(f.playerId(), f.teamId()));
        TreeSet<String> playerIds = new TreeSet<>(seconds.keySet());
        playerIds.addAll(counts.keySet());
        Map<String, PlayerMatchLine> lines = new TreeMap<>();
        for (String playerId : playerIds) {
            MatchSheet.Player p = sheet.players().get(playerId);
            lines.put(playerId, new PlayerMatchLine(sheet.season(), matchId, sheet.matchday(), playerId,
                    p == null ? null : p.name(), p != null ? p.teamId() : actingTeams.get(playerId),
                    seconds.getOrDefault(playerId, 0L), counts.getOrDefault(playerId, new TreeMap<>()),
                    sheet.latestFactAt()));
        }
        return lines;
    }
}
