package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import skill.api.readmodel.PlayerView;
import skill.api.readmodel.SeasonView;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.skills.Skill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A player's standing in all four skills of a season, their history over the matchdays, and the
 * search by name; a player in no standings of the season is unknown.
 */
@Controller("/api/v1/players")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
@ApiResponse(responseCode = "400", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
        schema = @Schema(implementation = Problem.class)))
public class PlayersController {
    private final StandingsReadModel model;

    public PlayersController(StandingsReadModel model) {
        this.model = model;
    }

    @Get("/{playerId}/skills")
    @Operation(summary = "A player's rank, score, badge and metrics in all four skills (contract §5)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlayerSkillsResponse.class)))
    @ApiResponse(responseCode = "304", description = "If-None-Match matched the ETag")
    @ApiResponse(responseCode = "404", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<byte[]> skills(HttpRequest<?> request, String playerId,
                                       @Parameter(description = "YYYY-YY; defaults to the latest season")
                                       @Nullable @QueryValue String season) {
        String seasonShown = ApiParams.season(season, model);
        PlayerView player = find(ApiParams.playerId(playerId), seasonShown);
        return JsonResponses.ok(request, player.rendered().get("skills", () -> skillsOf(player, seasonShown)));
    }

    @Get("/{playerId}/history")
    @Operation(summary = "A player's rank and score in each skill after every matchday of the season")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlayerHistoryResponse.class)))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<byte[]> history(HttpRequest<?> request, String playerId,
                                        @Parameter(description = "YYYY-YY; defaults to the latest season")
                                        @Nullable @QueryValue String season) {
        String seasonShown = ApiParams.season(season, model);
        PlayerView player = find(ApiParams.playerId(playerId), seasonShown);
        Map<String, List<PlayerHistoryResponse.Point>> skills = new LinkedHashMap<>();
        for (Skill skill : Skill.values()) {
            skills.put(skill.path(), model.history(seasonShown, skill).entrySet().stream()
                    .map(e -> PlayerHistoryResponse.Point.of(e.getKey(), e.getValue().standings(), player.playerId()))
                    .toList());
        }
        return JsonResponses.ok(request, new PlayerHistoryResponse(player.playerId(), seasonShown, skills));
    }

    @Get
    @Operation(summary = "Players of a season whose name contains the query (without case or accents), by name")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlayerSearchResponse.class)))
    public HttpResponse<byte[]> search(HttpRequest<?> request,
                                       @Parameter(schema = @Schema(minLength = 2, maxLength = 50)) @Nullable @QueryValue String query,
                                       @Parameter(description = "YYYY-YY; defaults to the latest season")
                                       @Nullable @QueryValue String season,
                                       @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "10"))
                                       @Nullable @QueryValue Integer limit) {
        String q = PlayerView.searchable(ApiParams.query(query));
        String seasonShown = ApiParams.season(season, model);
        int l = ApiParams.limit(limit);
        List<PlayerView> found = model.view(seasonShown).map(SeasonView::byName).orElse(List.of()).stream()
                .filter(p -> p.searchName().contains(q)).toList();
        return JsonResponses.ok(request, new PlayerSearchResponse(seasonShown, query.strip(), found.size(),
                found.stream().limit(l).map(PlayerSearchResponse.Player::of).toList()));
    }

    private PlayerView find(String playerId, String season) {
        return model.player(season, playerId).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "Unknown player '" + playerId + "'" + (season == null ? "" : " in season " + season)));
    }

    private static PlayerSkillsResponse skillsOf(PlayerView player, String season) {
        Map<String, PlayerSkillsResponse.SkillStanding> skills = new LinkedHashMap<>();
        for (Skill skill : Skill.values()) {
            var entry = player.skills().get(skill);
            skills.put(skill.path(), entry == null
                    ? PlayerSkillsResponse.SkillStanding.NONE : PlayerSkillsResponse.SkillStanding.of(entry));
        }
        return new PlayerSkillsResponse(player.playerId(), player.playerName(), player.teamId(), season,
                player.minutesPlayed(), skills);
    }
}
