package skill.core.standings;

import skill.core.skills.Skill;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The contract's skill-rankings message (§4): the current top 10 of one skill, competition and season. */
public record Ranking(String competition, String season, Skill skill, int asOfMatchday, Instant updatedAt,
                      List<Entry> entries) {

    public record Entry(int rank, String playerId, String playerName, String teamId, String teamName, double score,
                        long minutesPlayed, Map<String, Double> metrics) {
    }
}
