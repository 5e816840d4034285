package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import skill.api.readmodel.SeasonView;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.skills.Skill;

import java.time.Instant;
import java.util.List;

/** The seasons with standings, latest first: what the season parameters accept with results. */
@Controller("/api/v1/seasons")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
public class SeasonsController {
    private final StandingsReadModel model;

    public SeasonsController(StandingsReadModel model) {
        this.model = model;
    }

    @Get
    @Operation(summary = "The seasons with standings, latest first")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeasonsResponse.class)))
    public HttpResponse<byte[]> seasons(HttpRequest<?> request) {
        List<SeasonsResponse.Season> seasons = model.seasons().stream().map(SeasonsController::season).toList();
        return JsonResponses.ok(request, new SeasonsResponse(model.latestSeason().orElse(null), seasons));
    }

    private static SeasonsResponse.Season season(SeasonView v) {
        return new SeasonsResponse.Season(v.season(), v.asOfMatchday(), v.updatedAt(), v.players().size(),
                v.standings().keySet().stream().sorted().map(Skill::path).toList());
    }

    /** @param latest the season the other endpoints default to; null while none is known */
    public record SeasonsResponse(@Nullable String latest, List<Season> seasons) {

        /** @param skills the skills that have standings in the season */
        public record Season(String season, int asOfMatchday, @Nullable Instant updatedAt, int players, List<String> skills) {
        }
    }
}
