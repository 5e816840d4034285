package skill.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.core.ConfigKeys;
import skill.service.ServiceCli;
import skill.runtime.KafkaConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.cli.DeploymentFiles.container;
import static skill.cli.DeploymentFiles.list;
import static skill.cli.DeploymentFiles.map;
import static skill.cli.DeploymentFiles.name;

/**
 * docker-compose.yml and deploy/k8s say what the code reads: every environment name is one a service
 * reads, every command is a real subcommand, ports and probe paths are the services' own, nothing
 * secret is committed. ServiceProbesTest asks the running services the same probe paths.
 */
class DeploymentFilesTest {
    static final Set<String> PROBE_PATHS = Set.of("/health/liveness", "/health/readiness");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):");

    @Test
    void composeSetsOnlyEnvironmentTheServicesRead() {
        DeploymentFiles.composeSkillServices().forEach((service, definition) ->
                assertThat(unknown(map(definition.get("environment")).keySet())).as(service).isEmpty());
    }

    @Test
    void kubernetesSetsOnlyEnvironmentTheServicesRead() {
        Set<String> names = new TreeSet<>();
        DeploymentFiles.manifests("ConfigMap").forEach(m -> names.addAll(map(m.get("data")).keySet()));
        workloads().forEach(w -> list(container(w).get("env")).forEach(e -> names.add((String) map(e).get("name"))));
        assertThat(names).contains("KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL", "JDBC_URL");
        assertThat(unknown(names)).isEmpty();
    }

    @Test
    void everyContainerRunsARealSubcommand() {
        CommandLine cli = new CommandLine(new ServiceCli()); // the image's jar
        List<List<String>> commands = new ArrayList<>();
        DeploymentFiles.composeSkillServices().values().forEach(s -> commands.add(strings(s.get("command"))));
        workloads().forEach(w -> commands.add(strings(container(w).get("args"))));
        assertThat(commands).isNotEmpty().allSatisfy(command ->
                assertThat(cli.parseArgs(command.toArray(String[]::new)).subcommand()).as("%s", command).isNotNull());
        assertThat(commands).contains(List.of("topics", "create"), List.of("service", "dispatcher"),
                List.of("service", "calculators"), List.of("service", "api"));
    }

    @Test
    void deploymentsProbeTheServicesHealthOnTheirPort() throws IOException {
        String port = Integer.toString(defaultHttpPort());
        for (Map<String, Object> deployment : DeploymentFiles.manifests("Deployment")) {
            Map<String, Object> c = container(deployment);
            assertThat(list(c.get("ports"))).as(name(deployment))
                    .containsExactly(Map.of("name", "http", "containerPort", Integer.parseInt(port)));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Map<String, Object> get = map(map(c.get(probe)).get("httpGet"));
                assertThat(get.get("port")).as(name(deployment) + " " + probe).isEqualTo("http");
                assertThat(PROBE_PATHS).as(name(deployment) + " " + probe).contains((String) get.get("path"));
            }
            Map<String, Object> resources = map(c.get("resources"));
            assertThat(map(resources.get("requests"))).as(name(deployment)).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).as(name(deployment)).containsKeys("cpu", "memory");
            assertThat(map(DeploymentFiles.podSpec(deployment).get("securityContext")).get("runAsNonRoot")).isEqualTo(true);
        }
        DeploymentFiles.composeSkillServices().forEach((service, definition) -> {
            if (definition.containsKey("healthcheck")) {
                String check = String.join(" ", strings(map(definition.get("healthcheck")).get("test")));
                assertThat(PROBE_PATHS.stream().anyMatch(check::contains)).as(service).isTrue();
            }
        });
    }

    @Test
    void everyDeploymentHasADisruptionBudget() {
        Set<Object> budgeted = new HashSet<>();
        DeploymentFiles.manifests("PodDisruptionBudget").forEach(pdb ->
                budgeted.add(map(map(pdb.get("spec")).get("selector")).get("matchLabels")));
        DeploymentFiles.manifests("Deployment").forEach(d -> assertThat(budgeted).as(name(d))
                .contains(map(map(d.get("spec")).get("selector")).get("matchLabels")));
    }

    @Test
    void nothingSecretIsCommitted() {
        assertThat(DeploymentFiles.manifests("Secret")).isEmpty();
        DeploymentFiles.manifests("ConfigMap").forEach(m -> assertThat(map(m.get("data")).keySet())
                .doesNotContain("JDBC_PASSWORD", "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_KEYSTORE_PASSWORD"));
        workloads().forEach(w -> assertThat(list(container(w).get("envFrom")))
                .contains(Map.of("secretRef", Map.of("name", "skill-credentials"))));
    }

    @Test
    void servicesOnlyUseTheTopicsTheInitialiserCreates() {
        DeploymentFiles.composeSkillServices().forEach((service, definition) -> assertThat(
                map(definition.get("environment")).get("SKILL_TOPICS_CREATE")).as(service).isEqualTo("false"));
        DeploymentFiles.manifests("ConfigMap").forEach(m ->
                assertThat(map(m.get("data")).get("SKILL_TOPICS_CREATE")).isEqualTo("false"));
    }

    private static List<Map<String, Object>> workloads() {
        List<Map<String, Object>> all = new ArrayList<>(DeploymentFiles.manifests("Deployment"));
        all.addAll(DeploymentFiles.manifests("Job"));
        return all;
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    /** The names no service reads: not in application.yml, not a ConfigKeys key, not a Kafka client property. */
    private static Set<String> unknown(Set<String> names) {
        Set<String> known = knownEnvironment();
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeIf(n -> known.contains(n) || n.startsWith(ConfigKeys.environmentVariable(ConfigKeys.SCORING_WEIGHTS) + "_"));
        return unknown;
    }

    static Set<String> knownEnvironment() {
        Set<String> known = new TreeSet<>(Set.of("JAVA_TOOL_OPTIONS"));
        known.addAll(applicationYmlEnvironment());
        Arrays.stream(ConfigKeys.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers())
                && f.getType() == String.class).map(DeploymentFilesTest::value)
                .forEach(key -> known.add(ConfigKeys.environmentVariable(key)));
        KafkaConnection.CLIENT_PROPERTIES.forEach(p -> known.add(ConfigKeys.environmentVariable(ConfigKeys.KAFKA_PREFIX + p)));
        return known;
    }

    /** The environment variables application.yml reads by name: KAFKA_BOOTSTRAP_SERVERS, JDBC_URL, ... */
    static Set<String> applicationYmlEnvironment() {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(applicationYml());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static int defaultHttpPort() throws IOException {
        Matcher m = Pattern.compile("\\$\\{API_PORT:(\\d+)}").matcher(applicationYml());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String applicationYml() {
        try (InputStream in = DeploymentFilesTest.class.getResourceAsStream("/application.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
