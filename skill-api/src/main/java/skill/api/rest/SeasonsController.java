package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;

import java.util.List;

/** The competitions and their seasons with standings: what the competition and season parameters accept with results. */
@Controller("/api/v1")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
public class SeasonsController {
    private final StandingsReadModel model;
    private final Competitions competitions;

    public SeasonsController(StandingsReadModel model, Competitions competitions) {
        this.model = model;
        this.competitions = competitions;
    }

    @Get("/competitions")
    @Operation(summary = "Every competition with its seasons, latest first, and which one is the default")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CompetitionsResponse.class)))
    public HttpResponse<byte[]> competitions(HttpRequest<?> request) {
        return JsonResponses.ok(request, new CompetitionsResponse(competitions.defaultCompetition(),
                competitions.known().stream().map(this::seasonsOf).toList()));
    }

    @Get("/seasons")
    @Operation(summary = "A competition's seasons with standings, latest first")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SeasonsResponse.class)))
    @ApiResponse(responseCode = "400", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "unknown competition",
            content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<byte[]> seasons(HttpRequest<?> request,
                                        @Parameter(description = ApiParams.COMPETITION_DESCRIPTION,
                                                schema = @Schema(pattern = ApiParams.COMPETITION_PATTERN))
                                        @Nullable @QueryValue String competition) {
        return JsonResponses.ok(request, seasonsOf(competitions.competition(competition)));
    }

    private SeasonsResponse seasonsOf(String competition) {
        return SeasonsResponse.of(competition, model.seasons(competition));
    }

    /** @param competitions by name, the default among them */
    public record CompetitionsResponse(String defaultCompetition, List<SeasonsResponse> competitions) {
    }
}
