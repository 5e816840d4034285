package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.util.List;

/**
 * A skill's ranking, paged, now or as of a matchday; a known skill without standings yet is an
 * empty ranking, not an error.
 */
@Controller("/api/v1/rankings")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
public class RankingsController {
    private final StandingsReadModel model;

    public RankingsController(StandingsReadModel model) {
        this.model = model;
    }

    @Get("/{skill}")
    public HttpResponse<byte[]> ranking(HttpRequest<?> request, String skill, @Nullable @QueryValue String season,
                                        @QueryValue(defaultValue = "10") int limit,
                                        @QueryValue(defaultValue = "0") int offset,
                                        @Nullable @QueryValue Integer matchday) {
        Skill s = ApiParams.skill(skill);
        String seasonShown = ApiParams.season(season, model);
        ApiParams.page(limit, offset);
        ApiParams.matchday(matchday);
        var shown = matchday == null ? model.standings(seasonShown, s)
                : model.standingsAsOf(seasonShown, s, matchday);
        RankingResponse body = shown
                .map(standings -> page(standings, limit, offset))
                .orElseGet(() -> new RankingResponse(s.path(), seasonShown, 0, null, 0, List.of()));
        return JsonResponses.ok(request, body);
    }

    private static RankingResponse page(Standings standings, int limit, int offset) {
        List<StandingEntry> ranked = standings.ranked();
        List<RankingResponse.Entry> entries = ranked.subList(Math.min(offset, ranked.size()),
                        (int) Math.min((long) offset + limit, ranked.size()))
                .stream().map(RankingResponse.Entry::of).toList();
        return new RankingResponse(standings.skill().path(), standings.season(), standings.asOfMatchday(),
                standings.updatedAt(), ranked.size(), entries);
    }
}
