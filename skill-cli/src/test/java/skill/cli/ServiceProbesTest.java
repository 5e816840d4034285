package skill.cli;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import skill.core.ConfigKeys;
import skill.service.ServiceCommand;
import skill.service.ServiceCommand.Service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static skill.cli.DeploymentFiles.container;
import static skill.cli.DeploymentFiles.map;

/**
 * Each service, started as `skill service X` starts it, answers the probe paths of its Kubernetes
 * Deployment and the health check of its compose service with 200 on its management port once it is
 * up, and on its public port a status-only /health and nothing else of management; only the
 * dispatcher needs the database.
 */
class ServiceProbesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ParameterizedTest
    @EnumSource(Service.class)
    void theServiceAnswersItsProbes(Service service) throws Exception {
        Map<String, Object> deployment = DeploymentFiles.manifests("Deployment").stream()
                .filter(d -> DeploymentFiles.list(container(d).get("args")).equals(List.of("service", service.name())))
                .findFirst().orElseThrow();
        List<String> paths = List.of("startupProbe", "livenessProbe", "readinessProbe").stream()
                .map(probe -> (String) map(map(container(deployment).get(probe)).get("httpGet")).get("path")).toList();
        List<String> composeCheck = DeploymentFiles.list(map(DeploymentFiles.composeSkillServices()
                .get(service.name()).get("healthcheck")).get("test")).stream().map(String::valueOf).toList();

        Map<String, Object> settings = new HashMap<>(ServiceCommand.properties(service));
        if (service != Service.dispatcher) {
            // Only the dispatcher uses PostgreSQL: the others start and stay ready without it.
            settings.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:9/unreachable");
        }
        try (TestSystem system = TestSystem.start("probes-" + service, settings)) {
            EmbeddedServer server = system.context().getBean(EmbeddedServer.class).start();
            int managementPort = system.context().getRequiredProperty(ConfigKeys.MANAGEMENT_PORT, Integer.class);
            URI management = URI.create("http://127.0.0.1:" + managementPort);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (String path : paths) {
                    HttpResponse<String> response = get(management.resolve(path));
                    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
                }
                assertThat(runComposeCheck(composeCheck, managementPort)).as("%s", composeCheck).isZero();
            });
            assertThat(get(management.resolve("/health/nope")).statusCode()).as("a wrong probe path fails").isNotEqualTo(200);
            HttpResponse<String> publicHealth = get(server.getURI().resolve("/health"));
            assertThat(publicHealth.statusCode()).isEqualTo(200);
            assertThat(publicHealth.body()).isEqualTo("{\"status\":\"UP\"}");
            for (String path : List.of("/health/readiness", "/prometheus")) {
                assertThat(get(server.getURI().resolve(path)).statusCode()).as("public " + path).isEqualTo(404);
            }
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The compose check as Docker runs it ("CMD", then the command), with compose's $$ unescaped. */
    private static int runComposeCheck(List<String> test, int port) throws Exception {
        assertThat(test.get(0)).isEqualTo("CMD");
        List<String> command = test.subList(1, test.size()).stream().map(s -> s.replace("$$", "$")).toList();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MANAGEMENT_PORT", Integer.toString(port));
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
