package skill.api.rest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.sse.Event;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import skill.api.readmodel.CompetitionSeason;
import skill.api.readmodel.RenderedJson;
import skill.api.readmodel.ServedStandings;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.skills.Skill;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A skill's ranking of a competition's season, paged, now or as of a matchday, and its live stream; a
 * known skill without standings yet is an empty ranking that says why, not an error. Pages are
 * rendered once per standings snapshot.
 */
@Controller("/api/v1/rankings")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
@ApiResponse(responseCode = "400", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
        schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "unknown skill or competition",
        content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class RankingsController {
    private final StandingsReadModel model;
    private final Competitions competitions;
    private final LiveStreams streams;

    RankingsController(StandingsReadModel model, Competitions competitions, LiveStreams streams) {
        this.model = model;
        this.competitions = competitions;
        this.streams = streams;
    }

    @Get("/{skill}")
    @Operation(summary = "A skill's ranking (contract §5): eligible players by rank, paged; now or as of a matchday")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RankingResponse.class)))
    @ApiResponse(responseCode = "304", description = "If-None-Match matched the ETag")
    public HttpResponse<byte[]> ranking(
            HttpRequest<?> request,
            @Parameter(schema = @Schema(allowableValues = {"initiator", "finisher", "sprinter", "ball-winner"})) String skill,
            @RequestBean SeasonQuery query,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "10")) @Nullable @QueryValue Integer limit,
            @Parameter(schema = @Schema(minimum = "0", maximum = "10000", defaultValue = "0")) @Nullable @QueryValue Integer offset,
            @Parameter(description = "the ranking as of this matchday", schema = @Schema(minimum = "1", maximum = "99"))
            @Nullable @QueryValue Integer matchday) {
        Skill s = ApiParams.skill(skill);
        CompetitionSeason of = competitions.of(query);
        int l = ApiParams.limit(limit);
        int o = ApiParams.offset(offset);
        ApiParams.matchday(matchday);
        var shown = matchday == null ? model.standings(of, s) : model.standingsAsOf(of, s, matchday);
        return JsonResponses.ok(request, render(shown, s, of, l, o));
    }

    @Get(value = "/{skill}/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(operationId = "rankingStream", summary = "Server-Sent Events: the top 10 (as GET with the default page) now and after every change",
            description = "Events named 'ranking' carry the ranking JSON and its ETag as id; 'heartbeat' keeps the stream open "
                    + "and carries the reconnect delay (retry). The stream ends after a lifetime: reconnect.")
    @StreamRefusals
    public Publisher<Event<String>> stream(
            HttpRequest<?> request,
            @Parameter(schema = @Schema(allowableValues = {"initiator", "finisher", "sprinter", "ball-winner"})) String skill,
            @RequestBean SeasonQuery query) {
        Skill s = ApiParams.skill(skill);
        String c = competitions.competition(query.competition());
        // Without a season, each ranking sent is of the competition's latest season at that moment.
        String requested = query.season() == null ? null : ApiParams.season(query.season());
        // Subscribed to changes before the current ranking is read, so no change falls in between.
        Flux<Object> triggers = Flux.merge(
                model.rankingChanges().filter(ch -> ch.skill() == s && ch.of().competition().equals(c))
                        .map(ch -> (Object) ch).onBackpressureLatest(),
                Mono.just(s));
        Flux<Event<String>> rankings = triggers.map(t -> {
                    var of = new CompetitionSeason(c, requested != null ? requested : model.latestSeason(c).orElse(null));
                    return render(model.standings(of, s), s, of, ApiParams.DEFAULT_LIMIT, 0);
                })
                .distinctUntilChanged(RenderedJson::etag)
                .map(r -> Event.of(new String(r.bytes(), StandardCharsets.UTF_8)).name("ranking").id(r.etag()));
        return streams.open(request, rankings);
    }

    private static RenderedJson render(Optional<ServedStandings> shown, Skill skill, CompetitionSeason of, int limit, int offset) {
        return shown.map(s -> s.pages().get(List.of(limit, offset), () -> RankingResponse.page(s.standings(), limit, offset)))
                .orElseGet(() -> RenderedJson.of(RankingResponse.none(skill, of)));
    }
}
