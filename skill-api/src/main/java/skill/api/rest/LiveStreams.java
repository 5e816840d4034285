package skill.api.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.sse.Event;
import reactor.core.publisher.Flux;
import skill.api.readmodel.StandingsReadModel;
import skill.core.ConfigKeys;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every Server-Sent Events stream of the API shares. Each holds a connection (and a subscription)
 * for as long as the client stays, so their number is capped per client address and per instance
 * (beyond: 429 or 503 with Retry-After); each ends after a lifetime, so that clients come back through
 * the load balancer and move to new instances, and each heartbeat tells EventSource the reconnect delay.
 */
@Context // eager, so that its gauge is scraped from the start
@Requires(property = ConfigKeys.API_ENABLED, notEquals = "false")
class LiveStreams {
    /** Sent at once (so the stream opens without waiting for a change) and then to keep it open through proxies and idle timeouts. */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    private final StandingsReadModel model;
    private final ClientAddresses clients;
    private final int perClient;
    private final int perInstance;
    private final Duration lifetime;
    private final Duration retry;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> openByClient = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    LiveStreams(StandingsReadModel model, ClientAddresses clients, MeterRegistry registry,
                @Value("${" + ConfigKeys.API_STREAMS_PER_CLIENT + ":8}") int perClient,
                @Value("${" + ConfigKeys.API_STREAMS_PER_INSTANCE + ":2000}") int perInstance,
                @Value("${" + ConfigKeys.API_STREAMS_LIFETIME + ":30m}") Duration lifetime,
                @Value("${" + ConfigKeys.API_STREAMS_RETRY + ":5s}") Duration retry) {
        this.model = model;
        this.clients = clients;
        this.registry = registry;
        this.perClient = perClient;
        this.perInstance = perInstance;
        this.lifetime = lifetime;
        this.retry = retry;
        registry.gauge("skill.api.streams.open", open);
    }

    /**
     * The events with heartbeats, until the lifetime is over (less up to a tenth, so that streams opened
     * together, as after a restart, do not all come back together) or the application stops.
     *
     * @throws StreamRefused when the client or this instance has as many open streams as allowed
     */
    Flux<Event<String>> open(HttpRequest<?> request, Flux<Event<String>> events) {
        String client = clients.of(request);
        // Refused here, so that the answer is a 429 or 503 before the response starts; but a slot is held
        // only while the stream is subscribed: a HEAD, or a request whose client left first, never is. Should
        // the caps fill in between, the subscription fails with the same refusal.
        admit(client);
        release(client);
        Duration ends = lifetime.minus(lifetime.dividedBy(1000).multipliedBy(ThreadLocalRandom.current().nextInt(101)));
        Flux<Event<String>> heartbeats = Flux.interval(Duration.ZERO, HEARTBEAT)
                .map(i -> Event.of("{}").name("heartbeat").retry(retry));
        return Flux.using(() -> admit(client), c -> model.untilClosed(Flux.merge(events, heartbeats).take(ends)), this::release);
    }

    /** @return the client, now holding a slot */
    private String admit(String client) {
        boolean[] admitted = {false};
        openByClient.compute(client, (c, n) -> {
            int count = n == null ? 0 : n;
            admitted[0] = count < perClient;
            return admitted[0] ? count + 1 : n;
        });
        if (!admitted[0]) {
            throw refused(HttpStatus.TOO_MANY_REQUESTS, "at most " + perClient + " open streams per client");
        }
        if (open.incrementAndGet() > perInstance) {
            release(client);
            throw refused(HttpStatus.SERVICE_UNAVAILABLE, "this instance has as many open streams as it serves");
        }
        return client;
    }

    private void release(String client) {
        openByClient.computeIfPresent(client, (c, n) -> n > 1 ? n - 1 : null);
        open.decrementAndGet();
    }

    private StreamRefused refused(HttpStatus status, String detail) {
        registry.counter("skill.api.streams.refused", "status", Integer.toString(status.getCode())).increment();
        return new StreamRefused(status, detail, retry);
    }
}
