package skill.api.rest;

import io.micronaut.core.annotation.Nullable;
import skill.api.readmodel.CompetitionSeason;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/rankings/{skill} (contract §5): one page of the ranked (eligible) players.
 *
 * @param emptyReason why no one is ranked (total 0): no tracking data for the sprinter, no one with the
 *                    minimum minutes yet, no standings yet; null while anyone is
 */
public record RankingResponse(String skill, String competition, @Nullable String season, int asOfMatchday,
                              @Nullable Instant updatedAt, int total, List<Entry> entries, @Nullable String emptyReason) {

    static RankingResponse page(Standings standings, int limit, int offset) {
        List<StandingEntry> ranked = standings.ranked();
        List<Entry> entries = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()))
                .stream().map(e -> Entry.of(e, standings.sharedRank(e.playerId()))).toList();
        return new RankingResponse(standings.skill().path(), standings.competition(), standings.season(),
                standings.asOfMatchday(), standings.updatedAt(), ranked.size(), entries,
                ranked.isEmpty() ? EmptyRanking.reason(standings) : null);
    }

    /** For a skill without standings in the competition's season (yet). */
    static RankingResponse none(Skill skill, CompetitionSeason of) {
        return new RankingResponse(skill.path(), of.competition(), of.season(), 0, null, 0, List.of(),
                EmptyRanking.reason(of));
    }

    /**
     * @param sharedRank the place with ties shared: two players of equal score both stand 4th, though
     *                   their ranks (4, 5) follow the tie-breaks
     */
    public record Entry(Integer rank, Integer sharedRank, String playerId, String playerName, String teamId,
                        @Nullable String teamName, Double score, long minutesPlayed, Map<String, Double> metrics,
                        boolean badge) {

        static Entry of(StandingEntry e, Integer sharedRank) {
            return new Entry(e.rank(), sharedRank, e.playerId(), e.playerName(), e.teamId(), e.teamName(), e.score(),
                    e.minutesPlayed(), e.metrics() == null ? Map.of() : e.metrics(), e.badge());
        }
    }
}
