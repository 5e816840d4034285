package skill.core.standings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import skill.core.skills.Skill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every player of a competition's season in one skill: the eligible ones ranked first, then the rest
 * by playerId. Published on skill-standings (an added topic) as the API's read model.
 */
public record Standings(
        String competition,
        String season,
        Skill skill,
        int asOfMatchday,
        Instant updatedAt,
        int eligiblePlayers,
        List<StandingEntry> entries) {

    /** The top 10 hold the skill's badge. */
    public static final int BADGE_PLACES = 10;

    /** The contract's skill-rankings message: the top 10. */
    public Ranking ranking() {
        return new Ranking(competition, season, skill, asOfMatchday, updatedAt, entries.stream()
                .filter(StandingEntry::badge)
                .map(e -> new Ranking.Entry(e.rank(), e.playerId(), e.playerName(), e.teamId(), e.teamName(), e.score(),
                        e.minutesPlayed(), e.metrics()))
                .toList());
    }

    public Optional<StandingEntry> entryOf(String playerId) {
        return entries.stream().filter(e -> e.playerId().equals(playerId)).findFirst();
    }

    @JsonIgnore
    public List<StandingEntry> ranked() {
        return entries.subList(0, eligiblePlayers);
    }

    /**
     * The player's place with ties shared: 1 + the number of ranked players with a higher score (two
     * players at 0.71 both stand 3rd), or null when he is not ranked.
     */
    public Integer sharedRank(String playerId) {
        Double score = entryOf(playerId).map(StandingEntry::score).orElse(null);
        return score == null ? null : 1 + (int) ranked().stream().filter(e -> e.score() > score).count();
    }
}
