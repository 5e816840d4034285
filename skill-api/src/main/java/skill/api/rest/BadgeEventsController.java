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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;
import skill.core.codec.Json;
import skill.core.standings.BadgeEvent;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The badge events (contract §4 skill-badge-events) of a competition for the dashboard's ticker: the
 * latest, and live; each as published, with its competition, club, cause and whether it is live.
 */
@Controller("/api/v1/badge-events")
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
@ApiResponse(responseCode = "400", content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON,
        schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "unknown competition",
        content = @Content(mediaType = ProblemResponseProcessor.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
public class BadgeEventsController {
    /** What a slow stream client may lag behind before its oldest undelivered events are dropped. */
    static final int STREAM_BUFFER = 256;
    private final StandingsReadModel model;
    private final Competitions competitions;
    private final LiveStreams streams;

    BadgeEventsController(StandingsReadModel model, Competitions competitions, LiveStreams streams) {
        this.model = model;
        this.competitions = competitions;
        this.streams = streams;
    }

    @Get
    @Operation(summary = "The latest badge events of a competition's season, newest first (at most 50 are kept)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            array = @ArraySchema(schema = @Schema(implementation = BadgeEvent.class))))
    public HttpResponse<byte[]> recent(HttpRequest<?> request, @RequestBean SeasonQuery query,
                                       @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "10"))
                                       @Nullable @QueryValue Integer limit) {
        List<BadgeEvent> recent = model.recentBadgeEvents(competitions.of(query));
        int l = ApiParams.limit(limit);
        return JsonResponses.ok(request, recent.subList(0, Math.min(l, recent.size())));
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(operationId = "badgeEventStream", summary = "Server-Sent Events named 'badge', one per badge event of a competition from the moment of connection",
            description = "'heartbeat' events keep the stream open and carry the reconnect delay (retry). The stream ends after a lifetime: reconnect.")
    @StreamRefusals
    public Publisher<Event<String>> stream(HttpRequest<?> request,
                                           @Parameter(description = ApiParams.COMPETITION_DESCRIPTION,
                                                   schema = @Schema(pattern = ApiParams.COMPETITION_PATTERN))
                                           @Nullable @QueryValue String competition,
                                           @Parameter(description = "YYYY-YY; all seasons when absent")
                                           @Nullable @QueryValue String season) {
        String c = competitions.competition(competition);
        String only = season == null ? null : ApiParams.season(season);
        Flux<Event<String>> events = model.badgeEvents()
                .filter(e -> c.equals(e.competition()) && (only == null || only.equals(e.season())))
                .onBackpressureBuffer(STREAM_BUFFER, BufferOverflowStrategy.DROP_OLDEST)
                .map(e -> Event.of(new String(Json.write(e), StandardCharsets.UTF_8)).name("badge"));
        return streams.open(request, events);
    }
}
