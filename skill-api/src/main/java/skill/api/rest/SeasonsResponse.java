package skill.api.rest;

import io.micronaut.core.annotation.Nullable;
import skill.api.readmodel.SeasonView;
import skill.core.skills.Skill;

import java.time.Instant;
import java.util.List;

/**
 * GET /api/v1/seasons: a competition's seasons with standings, latest first.
 *
 * @param latest the season the other endpoints default to for the competition; null while it has none
 */
public record SeasonsResponse(String competition, @Nullable String latest, List<Season> seasons) {

    static SeasonsResponse of(String competition, List<SeasonView> latestFirst) {
        return new SeasonsResponse(competition, latestFirst.isEmpty() ? null : latestFirst.get(0).season(),
                latestFirst.stream().map(v -> new Season(v.season(), v.asOfMatchday(), v.updatedAt(), v.players().size(),
                        v.standings().keySet().stream().sorted().map(Skill::path).toList())).toList());
    }

    /** @param skills the skills that have standings in the season */
    public record Season(String season, int asOfMatchday, @Nullable Instant updatedAt, int players, List<String> skills) {
    }
}
