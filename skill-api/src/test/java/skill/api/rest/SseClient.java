package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import skill.core.codec.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads a Server-Sent Events stream in the background: its events, and how many heartbeats came. */
final class SseClient implements AutoCloseable {
    record Event(String name, String id, JsonNode data) {
    }

    final List<Event> events = new CopyOnWriteArrayList<>();
    final AtomicInteger heartbeats = new AtomicInteger();
    private final io.micronaut.http.client.sse.SseClient client;
    private final Disposable subscription;

    SseClient(URL server, String path) {
        client = io.micronaut.http.client.sse.SseClient.create(server);
        subscription = Flux.from(client.eventStream(HttpRequest.GET(path), String.class)).subscribe(e -> {
            if ("heartbeat".equals(e.getName())) {
                heartbeats.incrementAndGet();
            } else {
                events.add(new Event(e.getName(), e.getId(), json(e.getData())));
            }
        });
    }

    private static JsonNode json(String data) {
        try {
            return Json.mapper().readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        subscription.dispose();
        if (client instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
