package skill.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import skill.core.ConfigKeys;
import skill.core.codec.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The caps on live streams: per client address (429) and per instance (503), each a problem with
 * Retry-After; a closed or ended stream frees its slot; a stream ends after its lifetime and has told
 * the client when to reconnect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamLimitsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RANKINGS = "/api/v1/rankings/finisher/stream";
    private static final String BADGES = "/api/v1/badge-events/stream";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private ApiServer capped;
    private ApiServer shortLived;

    @BeforeAll
    void start() {
        // Loopback is the trusted proxy here, so that X-Forwarded-For makes the test's requests different clients.
        capped = ApiServer.start("api-stream-caps", Map.of(ConfigKeys.API_STREAMS_PER_CLIENT, 2,
                ConfigKeys.API_STREAMS_PER_INSTANCE, 3, ConfigKeys.API_TRUSTED_PROXIES, "127.0.0.0/8,::1"));
        shortLived = ApiServer.start("api-stream-lifetime", Map.of(ConfigKeys.API_STREAMS_LIFETIME, "1s",
                ConfigKeys.API_STREAMS_RETRY, "2s", ConfigKeys.API_STREAMS_PER_CLIENT, 1));
    }

    @AfterAll
    void stop() {
        capped.close();
        shortLived.close();
    }

    @Test
    void capsStreamsPerClientAndPerInstanceAndFreesTheSlotOfAClosedOne() throws IOException {
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            open.add(opened(capped, RANKINGS, "198.51.100.1"));
            open.add(opened(capped, BADGES, "198.51.100.1"));
            assertRefused(open(capped, RANKINGS, "198.51.100.1"), 429);
            open.add(opened(capped, BADGES, "198.51.100.2"));
            assertRefused(open(capped, BADGES, "198.51.100.3"), 503);

            open.remove(0).body().close();
            await("the closed stream's slot").atMost(WAIT).until(() -> {
                HttpResponse<InputStream> again = open(capped, RANKINGS, "198.51.100.3");
                if (again.statusCode() == 200) {
                    open.add(again);
                    return true;
                }
                again.body().close();
                return false;
            });
        } finally {
            for (HttpResponse<InputStream> stream : open) {
                stream.body().close();
            }
        }
    }

    /** A HEAD never streams, so it must not hold a slot either. */
    @Test
    void headRequestsHoldNoSlot() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<Void> head = http.send(HttpRequest.newBuilder(capped.server.getURI().resolve(RANKINGS))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("X-Forwarded-For", "198.51.100.9").build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(head.statusCode()).as("HEAD %d", i + 1).isEqualTo(200);
        }
    }

    @Test
    void aStreamEndsAfterItsLifetimeHavingToldTheClientWhenToReconnect() throws Exception {
        HttpResponse<InputStream> stream = opened(shortLived, BADGES, null);
        String events = CompletableFuture.supplyAsync(() -> readAll(stream.body())).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(events).contains("event: heartbeat").containsPattern("(?m)^retry: ?2000$");
        // The ended stream's slot is free again (one stream per client here).
        HttpResponse<InputStream> next = opened(shortLived, RANKINGS, null);
        next.body().close();
    }

    private HttpResponse<InputStream> opened(ApiServer api, String path, String forwardedFor) {
        HttpResponse<InputStream> response = open(api, path, forwardedFor);
        assertThat(response.statusCode()).as("%s for %s", path, forwardedFor).isEqualTo(200);
        return response;
    }

    /** The response as soon as its headers are in; a stream's body goes on until closed. */
    private HttpResponse<InputStream> open(ApiServer api, String path, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.server.getURI().resolve(path)).timeout(WAIT)
                .header("Accept", "text/event-stream");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(HttpResponse<InputStream> response, int status) throws IOException {
        String body = readAll(response.body());
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ProblemResponseProcessor.PROBLEM_JSON);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        JsonNode problem = Json.mapper().readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
