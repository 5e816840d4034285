package skill.cli;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import skill.service.ServiceCommand;
import skill.service.ServiceCommand.Service;
import skill.core.ConfigKeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as `skill service api` runs it, with application.yml: its public port answers a status-only
 * /health and nothing else of management; the management port serves health with details and the
 * metrics, no other endpoint; no body shows the text of an exception (here one naming a password).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementExposureTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private TestSystem system;
    private URI publicPort;
    private URI managementPort;

    @BeforeAll
    void start() {
        Map<String, Object> settings = new HashMap<>(ServiceCommand.properties(Service.api));
        settings.put(LeakyBeans.ENABLED, true);
        system = TestSystem.start("exposure", settings);
        publicPort = system.context().getBean(EmbeddedServer.class).start().getURI();
        managementPort = URI.create("http://127.0.0.1:" + system.context().getRequiredProperty(ConfigKeys.MANAGEMENT_PORT, Integer.class));
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/prometheus", "/env", "/beans", "/loggers", "/threaddump", "/routes", "/refresh", "/info",
        "/metrics", "/caches", "/stop", "/health/liveness", "/health/readiness"})
    void thePublicPortServesNoManagement(String path) throws Exception {
        assertThat(get(publicPort.resolve(path)).statusCode()).isNotEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(publicPort.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("POST " + path).isNotEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/env", "/beans", "/loggers", "/threaddump", "/routes", "/refresh", "/info", "/metrics", "/caches"})
    void theManagementPortServesOnlyHealthAndMetrics(String path) throws Exception {
        assertThat(get(managementPort.resolve(path)).statusCode()).isNotEqualTo(200);
    }

    @Test
    void thePublicHealthIsTheStatusAlone() throws Exception {
        HttpResponse<String> health = get(publicPort.resolve("/health"));
        assertThat(health.statusCode()).as("the leaky indicator is DOWN").isEqualTo(503);
        assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\"}");
    }

    @Test
    void metricsAreScrapedFromTheManagementPort() throws Exception {
        HttpResponse<String> metrics = get(managementPort.resolve("/prometheus"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "skill_api_streams_open");
        assertThat(get(managementPort.resolve("/api/v1/seasons")).statusCode()).as("no API there").isEqualTo(404);
    }

    @Test
    void noBodyShowsTheTextOfAnException() throws Exception {
        HttpResponse<String> health = get(managementPort.resolve("/health"));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"leaky\"", "\"DOWN\"", "log")
                .doesNotContain("hunter2", "db.internal", "IllegalStateException", "FATAL");

        HttpResponse<String> problem = get(publicPort.resolve("/api/v1/leaky"));
        assertThat(problem.statusCode()).isEqualTo(500);
        assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.body()).doesNotContain("hunter2", "db.internal", "IllegalStateException", "FATAL");
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
