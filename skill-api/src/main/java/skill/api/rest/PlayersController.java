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
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.exceptions.HttpStatusException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import skill.api.readmodel.CompetitionSeason;
import skill.api.readmodel.PlayerView;
import skill.api.readmodel.SeasonView;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.skills.Skill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A player's standing in all four skills of a competition's season, their history over the matchdays,
 * and the search by name; a player in no standings of the competition's season is unknown there.
 */
@Controller("/api/v1/players")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
@ApiResponse(responseCode = "400", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
        schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "unknown player or competition",
        content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class PlayersController {
    private final StandingsReadModel model;
    private final Competitions competitions;

    public PlayersController(StandingsReadModel model, Competitions competitions) {
        this.model = model;
        this.competitions = competitions;
    }

    @Get("/{playerId}/skills")
    @Operation(summary = "A player's rank, score, badge and metrics in all four skills (contract §5)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlayerSkillsResponse.class)))
    @ApiResponse(responseCode = "304", description = "If-None-Match matched the ETag")
    public HttpResponse<byte[]> skills(HttpRequest<?> request, String playerId, @RequestBean SeasonQuery query) {
        CompetitionSeason of = competitions.of(query);
        PlayerView player = find(ApiParams.playerId(playerId), of);
        return JsonResponses.ok(request, player.rendered().get("skills", () -> skillsOf(player, of)));
    }

    @Get("/{playerId}/history")
    @Operation(summary = "A player's rank and score in each skill after every matchday of the competition's season")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlayerHistoryResponse.class)))
    public HttpResponse<byte[]> history(HttpRequest<?> request, String playerId, @RequestBean SeasonQuery query) {
        CompetitionSeason of = competitions.of(query);
        PlayerView player = find(ApiParams.playerId(playerId), of);
        Map<String, List<PlayerHistoryResponse.Point>> skills = new LinkedHashMap<>();
        for (Skill skill : Skill.values()) {
            skills.put(skill.path(), model.history(of, skill).entrySet().stream()
                    .map(e -> PlayerHistoryResponse.Point.of(e.getKey(), e.getValue().standings(), player.playerId()))
                    .toList());
        }
        return JsonResponses.ok(request, new PlayerHistoryResponse(player.playerId(), of.competition(), of.season(), skills));
    }

    @Get
    @Operation(summary = "Players of a competition's season whose name contains the query (without case or accents), by name")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlayerSearchResponse.class)))
    public HttpResponse<byte[]> search(HttpRequest<?> request,
                                       @Parameter(schema = @Schema(minLength = 2, maxLength = 50)) @Nullable @QueryValue String query,
                                       @RequestBean SeasonQuery in,
                                       @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "10"))
                                       @Nullable @QueryValue Integer limit) {
        String q = PlayerView.searchable(ApiParams.query(query));
        CompetitionSeason of = competitions.of(in);
        int l = ApiParams.limit(limit);
        List<PlayerView> found = model.view(of).map(SeasonView::byName).orElse(List.of()).stream()
                .filter(p -> p.searchName().contains(q)).toList();
        return JsonResponses.ok(request, new PlayerSearchResponse(of.competition(), of.season(), query.strip(), found.size(),
                found.stream().limit(l).map(PlayerSearchResponse.Player::of).toList()));
    }

    private PlayerView find(String playerId, CompetitionSeason of) {
        return model.player(of, playerId).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "Unknown player '" + playerId + "' in " + of));
    }

    private static PlayerSkillsResponse skillsOf(PlayerView player, CompetitionSeason of) {
        Map<String, PlayerSkillsResponse.SkillStanding> skills = new LinkedHashMap<>();
        for (Skill skill : Skill.values()) {
            var entry = player.skills().get(skill);
            skills.put(skill.path(), entry == null
                    ? PlayerSkillsResponse.SkillStanding.NONE : PlayerSkillsResponse.SkillStanding.of(entry));
        }
        return new PlayerSkillsResponse(player.playerId(), player.playerName(), player.teamId(), player.teamName(),
                of.competition(), of.season(), player.minutesPlayed(), skills);
    }
}
