package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import skill.api.readmodel.PlayerView;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.skills.Skill;

import java.util.LinkedHashMap;
import java.util.Map;

/** A player's standing in all four skills of a season; a player in no standings of the season is unknown. */
@Controller("/api/v1/players")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
public class PlayersController {
    private final StandingsReadModel model;

    public PlayersController(StandingsReadModel model) {
        this.model = model;
    }

    @Get("/{playerId}/skills")
    public HttpResponse<byte[]> skills(HttpRequest<?> request, String playerId, @Nullable @QueryValue String season) {
        String seasonShown = ApiParams.season(season, model);
        PlayerView player = model.player(seasonShown, playerId).orElseThrow(() -> new HttpStatusException(
                HttpStatus.NOT_FOUND, "Unknown player '" + playerId + "'" + (seasonShown == null ? "" : " in season " + seasonShown)));
        Map<String, PlayerSkillsResponse.SkillStanding> skills = new LinkedHashMap<>();
        for (Skill skill : Skill.values()) {
            var entry = player.skills().get(skill);
            skills.put(skill.path(), entry == null
                    ? PlayerSkillsResponse.SkillStanding.NONE : PlayerSkillsResponse.SkillStanding.of(entry));
        }
        return JsonResponses.ok(request, new PlayerSkillsResponse(player.playerId(), player.playerName(),
                player.teamId(), seasonShown, player.minutesPlayed(), skills));
    }
}
