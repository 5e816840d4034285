package skill.core.skills;

import skill.core.minutes.MatchSheet;
import skill.core.minutes.MinutesPlayed;
import skill.core.model.MatchFact;

import java.util.Collection;
import java.util.EnumMap;
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
        return of(matchId, liveFacts, List.of(model)).get(model.skill());
    }

    /**
     * Every model's lines of the match, keyed by skill, then playerId: the facts are ordered and the
     * match sheet and minutes read once for all the models.
     */
    public static Map<Skill, Map<String, PlayerMatchLine>> of(String matchId, Collection<MatchFact> liveFacts,
                                                             List<SkillModel> models) {
        List<MatchFact> ordered = liveFacts.stream().sorted(MatchFact.MATCH_ORDER).toList();
        MatchSheet sheet = MatchSheet.ofOrdered(ordered);
        Map<String, Long> millis = MinutesPlayed.millisByPlayer(sheet);
        Map<String, String> actingTeams = new TreeMap<>();
        ordered.stream().filter(f -> f.playerId() != null && f.teamId() != null)
                .forEach(f -> actingTeams.put(f.playerId(), f.teamId()));
        Map<Skill, Map<String, PlayerMatchLine>> bySkill = new EnumMap<>(Skill.class);
        for (SkillModel model : models) {
            Map<String, SortedMap<String, Double>> counts = model.countsByPlayer(ordered, sheet);
            TreeSet<String> playerIds = new TreeSet<>(millis.keySet());
            playerIds.addAll(counts.keySet());
            Map<String, PlayerMatchLine> lines = new TreeMap<>();
            for (String playerId : playerIds) {
                MatchSheet.Player p = sheet.players().get(playerId);
                String teamId = p != null ? p.teamId() : actingTeams.get(playerId);
                lines.put(playerId, new PlayerMatchLine(sheet.competition(), sheet.season(), matchId, sheet.matchday(),
                        playerId, p == null ? null : p.name(), teamId, sheet.teamName(teamId),
                        millis.getOrDefault(playerId, 0L), counts.getOrDefault(playerId, new TreeMap<>()),
                        sheet.latestFactAt()));
            }
            bySkill.put(model.skill(), lines);
        }
        return bySkill;
    }
}
