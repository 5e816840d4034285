package skill.api.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import skill.core.skills.Skill;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand hostile requests — huge, malformed, encoded, injected and out-of-range values on every
 * endpoint and parameter, wrong methods and headers: not one 5xx, not one stack trace or class name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {
    private static final int REQUESTS = 10_000;
    private static final int IN_FLIGHT = 16;
    private static final List<String> VALUES = List.of("", "-1", "0", "1.5", "NaN", "Infinity", "1e309",
            "99999999999999999999", "%00", "..%2F..%2Fetc%2Fpasswd", "'%20OR%201=1--", "%3Cscript%3E",
            "%E2%82%AC", "%F0%9F%98%80", "%C0%AF", "null", "%5B%5D", "%7B%7D", "2023-24", "2023-25", "9999-00",
            "BL1", "BL2");
    private static final List<Function<String, String>> TARGETS = List.of(
            v -> "/api/v1/rankings/" + v, v -> "/api/v1/rankings/finisher?limit=" + v,
            v -> "/api/v1/rankings/initiator?offset=" + v, v -> "/api/v1/rankings/sprinter?season=" + v,
            v -> "/api/v1/rankings/ball-winner?matchday=" + v, v -> "/api/v1/players/" + v + "/skills",
            v -> "/api/v1/players/P01/skills?season=" + v, v -> "/api/v1/players?query=" + v,
            v -> "/api/v1/players/" + v + "/history", v -> "/api/v1/seasons?" + v + "=" + v,
            v -> "/api/v1/rankings/" + v + "x/stream", v -> "/api/v1/badge-events?season=" + v,
            v -> "/api/v1/rankings/finisher?competition=" + v, v -> "/api/v1/players/P01/skills?competition=" + v,
            v -> "/api/v1/players?query=ab&competition=" + v, v -> "/api/v1/competitions?" + v + "=" + v,
            v -> "/" + v, v -> "/api/v1/" + v, v -> "/swagger/" + v);
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private ApiServer api;
    private HttpClient http;

    @BeforeAll
    void start() {
        api = ApiServer.start("api-hostile");
        api.publish(TestStandings.of("2023-24", Skill.FINISHER, 2, 0, 5));
        api.await("/api/v1/rankings/finisher", j -> j.get("total").asInt() == 2);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void noHostileRequestGetsA5xxOrSeesTheInternals() {
        SplittableRandom random = new SplittableRandom(9457);
        List<String> failures = new ArrayList<>();
        List<CompletableFuture<Object>> inFlight = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            HttpRequest request = hostile(random);
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .handle((response, error) -> {
                        if (error != null) {
                            again(request, failures);
                        } else {
                            check(request, response, failures);
                        }
                        return null;
                    }));
            if (inFlight.size() == IN_FLIGHT) {
                CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
                inFlight.clear();
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        assertThat(failures).as("requests answered with a 5xx or internals").isEmpty();
    }

    /** Request lines no well-behaved client would send (java.net.URI refuses them), straight onto a socket. */
    @ParameterizedTest
    @ValueSource(strings = {"GET /api/v1/players?query=%ZZ HTTP/1.1", "GET /api/v1/rankings/% HTTP/1.1",
        "GET /api/v1/rankings/finisher?limit=%G1 HTTP/1.1", "GET /../../etc/passwd HTTP/1.1",
        "GET /api/v1/players/\u0000/skills HTTP/1.1", "GET api/v1/seasons HTTP/1.1", "BREW /api/v1/seasons HTTP/1.1",
        "GET /api/v1/seasons HTTP/9.9", "GET /api/v1/seasons", "\u00ff\u00fe"})
    void malformedRequestLinesGetNo5xx(String line) throws IOException {
        try (Socket socket = new Socket(api.server.getHost(), api.server.getPort())) {
            socket.setSoTimeout(10_000);
            String request = line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).as(line).doesNotStartWith("HTTP/1.1 5").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    private HttpRequest hostile(SplittableRandom random) {
        String value = switch (random.nextInt(4)) {
            case 0 -> "x".repeat(random.nextInt(1, 10_000));     // long, beyond the URL limit too
            case 1 -> Integer.toString(random.nextInt());
            default -> VALUES.get(random.nextInt(VALUES.size()));
        };
        String method = METHODS.get(random.nextInt(METHODS.size()));
        URI uri = URI.create(api.server.getURI() + TARGETS.get(random.nextInt(TARGETS.size())).apply(value));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, method.equals("GET") || method.equals("HEAD") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"a\":" + "[".repeat(random.nextInt(1, 5_000))));
        if (random.nextBoolean()) {
            builder.header("If-None-Match", "\"" + "e".repeat(random.nextInt(1, 2_000)));
        }
        if (random.nextBoolean()) {
            builder.header("Accept", List.of("application/xml", "*/*;q=x", "text/event-stream", "\u00e9/\u00e9")
                    .get(random.nextInt(4)));
        }
        return builder.build();
    }

    /**
     * A request sent on a kept-alive connection the server is closing (it answered a request with an
     * unread body and closed) gets no answer at all; it is sent once more on a fresh connection.
     */
    private void again(HttpRequest request, List<String> failures) {
        try {
            check(request, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()), failures);
        } catch (IOException e) {
            failure(failures, request, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure(failures, request, "interrupted");
        }
    }

    private static void check(HttpRequest request, HttpResponse<String> response, List<String> failures) {
        String body = response.body() == null ? "" : response.body();
        boolean internals = body.contains("Exception") || body.contains("\tat ") || body.contains("java.")
                || body.contains("skill.api") || body.contains("io.micronaut");
        if (response.statusCode() >= 500 || internals) {
            failure(failures, request, response.statusCode() + " " + abbreviate(body));
        }
    }

    private static void failure(List<String> failures, HttpRequest request, String what) {
        synchronized (failures) {
            failures.add(request.method() + " " + abbreviate(request.uri().toString()) + " "
                    + request.headers().map().keySet() + " → " + what);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
