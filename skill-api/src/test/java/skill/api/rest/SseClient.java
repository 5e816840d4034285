package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.codec.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream in the background and keeps its events (heartbeats left out). */
final class SseClient implements AutoCloseable {
    record Event(String name, String id, JsonNode data) {
    }

    final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    volatile int status;
    volatile String contentType;

    SseClient(URI uri) {
        response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            status = r.statusCode();
            contentType = r.headers().firstValue("content-type").orElse("");
            String[] current = new String[3];
            r.body().forEach(line -> {
                if (line.isEmpty()) {
                    if (current[2] != null && !"heartbeat".equals(current[0])) {
                        events.add(new Event(current[0], current[1], json(current[2])));
                    }
                    current[0] = current[1] = current[2] = null;
                } else if (line.startsWith("event:")) {
                    current[0] = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    current[1] = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    current[2] = line.substring(5).strip();
                }
            });
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
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
