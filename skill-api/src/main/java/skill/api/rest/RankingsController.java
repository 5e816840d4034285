package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import skill.api.readmodel.RenderedJson;
import skill.api.readmodel.ServedStandings;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A skill's ranking, paged, now or as of a matchday, and its live stream; a known skill without
 * standings yet is an empty ranking, not an error. Pages are rendered once per standings snapshot.
 */
@Controller("/api/v1/rankings")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
public class RankingsController {
    private final StandingsReadModel model;
    private final LiveStreams streams;

    RankingsController(StandingsReadModel model, LiveStreams streams) {
        this.model = model;
        this.streams = streams;
    }

    @Get("/{skill}")
    @Operation(summary = "A skill's ranking (contract §5): eligible players by rank, paged; now or as of a matchday")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RankingResponse.class)))
    @ApiResponse(responseCode = "304", description = "If-None-Match matched the ETag")
    @ApiResponse(responseCode = "400", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<byte[]> ranking(
            HttpRequest<?> request,
            @Parameter(schema = @Schema(allowableValues = {"initiator", "finisher", "sprinter", "ball-winner"})) String skill,
            @Parameter(description = "YYYY-YY; defaults to the latest season") @Nullable @QueryValue String season,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "10")) @Nullable @QueryValue Integer limit,
            @Parameter(schema = @Schema(minimum = "0", maximum = "10000", defaultValue = "0")) @Nullable @QueryValue Integer offset,
            @Parameter(description = "the ranking as of this matchday", schema = @Schema(minimum = "1", maximum = "99"))
            @Nullable @QueryValue Integer matchday) {
        Skill s = ApiParams.skill(skill);
        String seasonShown = ApiParams.season(season, model);
        int l = ApiParams.limit(limit);
        int o = ApiParams.offset(offset);
        ApiParams.matchday(matchday);
        var shown = matchday == null ? model.standings(seasonShown, s) : model.standingsAsOf(seasonShown, s, matchday);
        return JsonResponses.ok(request, render(shown, s, seasonShown, l, o));
    }

    @Get(value = "/{skill}/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(operationId = "rankingStream", summary = "Server-Sent Events: the top 10 (as GET with the default page) now and after every change",
            description = "Events named 'ranking' carry the ranking JSON and its ETag as id; 'heartbeat' keeps the stream open "
                    + "and carries the reconnect delay (retry). The stream ends after a lifetime: reconnect.")
    @StreamRefusals
    public Publisher<Event<String>> stream(
            HttpRequest<?> request,
            @Parameter(schema = @Schema(allowableValues = {"initiator", "finisher", "sprinter", "ball-winner"})) String skill,
            @Parameter(description = "YYYY-YY; defaults to the latest season when the stream opens") @Nullable @QueryValue String season) {
        Skill s = ApiParams.skill(skill);
        String requested = season == null ? null : ApiParams.season(season, model);
        // Subscribed to changes before the current ranking is read, so no change falls in between.
        Flux<Object> triggers = Flux.merge(
                model.rankingChanges().filter(c -> c.skill() == s).map(c -> (Object) c).onBackpressureLatest(),
                Mono.just(s));
        Flux<Event<String>> rankings = triggers.map(t -> {
                    String shown = requested != null ? requested : model.latestSeason().orElse(null);
                    return render(model.standings(shown, s), s, shown, ApiParams.DEFAULT_LIMIT, 0);
                })
                .distinctUntilChanged(RenderedJson::etag)
                .map(r -> Event.of(new String(r.bytes(), StandardCharsets.UTF_8)).name("ranking").id(r.etag()));
        return streams.open(request, rankings);
    }

    static RenderedJson render(Optional<ServedStandings> shown, Skill skill, String season, int limit, int offset) {
        return shown.map(s -> s.pages().get(List.of(limit, offset), () -> page(s.standings(), limit, offset)))
                .orElseGet(() -> RenderedJson.of(new RankingResponse(skill.path(), season, 0, null, 0, List.of())));
    }

    private static RankingResponse page(Standings standings, int limit, int offset) {
        List<StandingEntry> ranked = standings.ranked();
        List<RankingResponse.Entry> entries = ranked.subList(Math.min(offset, ranked.size()),
                        Math.min(offset + limit, ranked.size()))
                .stream().map(RankingResponse.Entry::of).toList();
        return new RankingResponse(standings.skill().path(), standings.season(), standings.asOfMatchday(),
                standings.updatedAt(), ranked.size(), entries);
    }
}
