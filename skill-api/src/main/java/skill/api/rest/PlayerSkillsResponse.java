package skill.api.rest;

import io.micronaut.core.annotation.Nullable;
import skill.core.standings.StandingEntry;

import java.util.Map;

/**
 * GET /api/v1/players/{playerId}/skills (contract §5): the player's standing in each of the four skills of
 * a competition's season, with what he did in that competition.
 */
public record PlayerSkillsResponse(String playerId, String playerName, String teamId, @Nullable String teamName,
                                   String competition, String season, long minutesPlayed,
                                   Map<String, SkillStanding> skills) {

    public record SkillStanding(@Nullable Integer rank, @Nullable Double score, boolean badge, boolean eligible,
                                Map<String, Double> metrics) {

        /** For a skill whose standings do not list the player (yet): not eligible, nothing measured. */
        static final SkillStanding NONE = new SkillStanding(null, null, false, false, Map.of());

        static SkillStanding of(StandingEntry e) {
            return new SkillStanding(e.rank(), e.score(), e.badge(), e.eligible(),
                    e.metrics() == null ? Map.of() : e.metrics());
        }
    }
}
