package skill.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.core.ConfigKeys;
import skill.service.ServiceCli;
import skill.runtime.KafkaConnection;
import skill.runtime.SecretFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
    void deploymentsProbeAndScrapeTheServicesOnTheirManagementPort() {
        int management = defaultPort("MANAGEMENT_PORT");
        for (Map<String, Object> deployment : DeploymentFiles.manifests("Deployment")) {
            Map<String, Object> c = container(deployment);
            assertThat(list(c.get("ports"))).as(name(deployment)).containsExactly(
                    Map.of("name", "http", "containerPort", defaultPort("API_PORT")),
                    Map.of("name", "management", "containerPort", management));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Map<String, Object> get = map(map(c.get(probe)).get("httpGet"));
                assertThat(get.get("port")).as(name(deployment) + " " + probe).isEqualTo("management");
                assertThat(PROBE_PATHS).as(name(deployment) + " " + probe).contains((String) get.get("path"));
            }
            assertThat(map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("annotations")))
                    .as(name(deployment)).containsEntry("prometheus.io/port", Integer.toString(management))
                    .containsEntry("prometheus.io/path", "/prometheus");
            Map<String, Object> resources = map(c.get("resources"));
            assertThat(map(resources.get("requests"))).as(name(deployment)).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).as(name(deployment)).containsKeys("cpu", "memory");
            assertThat(map(DeploymentFiles.podSpec(deployment).get("securityContext")).get("runAsNonRoot")).isEqualTo(true);
        }
        DeploymentFiles.composeSkillServices().forEach((service, definition) -> {
            if (definition.containsKey("healthcheck")) {
                String check = String.join(" ", strings(map(definition.get("healthcheck")).get("test")));
                assertThat(PROBE_PATHS.stream().anyMatch(check::contains)).as(service).isTrue();
                assertThat(check).as(service).contains("MANAGEMENT_PORT");
            }
        });
    }

    /** Management (health with details, metrics) is for the cluster's probes and scrapers, not the public. */
    @Test
    void noServiceOrPublishedPortExposesManagement() {
        String management = Integer.toString(defaultPort("MANAGEMENT_PORT"));
        DeploymentFiles.manifests("Service").forEach(service -> list(map(service.get("spec")).get("ports")).forEach(port ->
                assertThat(map(port).get("targetPort")).as(name(service)).isNotIn("management", management,
                        Integer.parseInt(management))));
        DeploymentFiles.composeSkillServices().forEach((service, definition) -> strings(definition.get("ports"))
                .forEach(published -> assertThat(published.replaceAll(".*:|/.*", "")).as(service).isNotEqualTo(management)));
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
                .doesNotContainAnyElementsOf(SecretFiles.SECRETS));
        workloads().forEach(w -> assertThat(environment(w).keySet()).as(name(w)).doesNotContainAnyElementsOf(SecretFiles.SECRETS));
    }

    /** Each workload mounts its own Secret as files, and only the dispatcher is given a database login. */
    @Test
    void eachServiceHasItsOwnSecretAndOnlyTheDispatcherADatabaseLogin() {
        for (Map<String, Object> workload : workloads()) {
            String name = name(workload);
            assertThat(list(container(workload).get("envFrom"))).as(name).noneMatch(e -> map(e).containsKey("secretRef"));
            List<Object> secrets = list(DeploymentFiles.podSpec(workload).get("volumes")).stream()
                    .map(v -> map(map(v).get("secret")).get("secretName")).filter(Objects::nonNull).toList();
            assertThat(secrets).as(name).containsExactlyInAnyOrder("skill-tls", name + "-credentials");
            Map<String, Object> environment = environment(workload);
            assertThat(environment).as(name).containsKey("KAFKA_SASL_JAAS_CONFIG_FILE");
            if (name.equals("skill-dispatcher")) {
                assertThat(environment).containsKeys("JDBC_URL", "JDBC_USERNAME_FILE", "JDBC_PASSWORD_FILE");
            } else {
                assertThat(environment.keySet()).as(name).noneMatch(k -> k.startsWith("JDBC_"));
            }
        }
        DeploymentFiles.composeSkillServices().forEach((service, definition) -> assertThat(
                map(definition.get("environment")).keySet().stream().anyMatch(k -> k.startsWith("JDBC_")))
                .as(service).isEqualTo(service.equals("dispatcher")));
    }

    @Test
    void podsHaveNoKubernetesTokenAndImagesAVersion() {
        workloads().forEach(w -> {
            assertThat(DeploymentFiles.podSpec(w).get("automountServiceAccountToken")).as(name(w)).isEqualTo(false);
            assertThat((String) container(w).get("image")).as(name(w)).matches("skill:\\d+\\.\\d+\\.\\d+");
        });
        Map<String, Object> kustomized = map(list(DeploymentFiles.kustomization().get("images")).get(0));
        assertThat((String) kustomized.get("newTag")).matches("\\d+\\.\\d+\\.\\d+");
        map(DeploymentFiles.compose().get("services")).forEach((service, definition) ->
                assertThat((String) map(definition).get("image")).as(service).matches(".+:\\d+(\\.\\d+)+"));
    }

    @Test
    void networkPoliciesGuardTheApiKafkaAndPostgres() {
        Map<String, Map<String, Object>> policies = new TreeMap<>();
        DeploymentFiles.manifests("NetworkPolicy").forEach(p -> policies.put(name(p), map(p.get("spec"))));
        // The API only from the ingress controller (and Prometheus, like every pod).
        assertThat(ingressFrom(policies.get("skill-api-ingress"))).containsExactly("ingress-nginx");
        // Kafka from Skill's services, PostgreSQL from the dispatcher alone (besides their own namespaces).
        assertThat(policies.get("kafka-from-skill").toString()).contains("skill-calculators", "skill-api", "skill-dispatcher");
        assertThat(ingressFrom(policies.get("postgres-from-skill"))).containsExactly("skill");
        assertThat(policies.get("postgres-from-skill").toString()).contains("skill-dispatcher")
                .doesNotContain("skill-api", "skill-calculators", "skill-topics");
        // Egress to PostgreSQL only from the dispatcher.
        policies.forEach((name, spec) -> {
            if (spec.toString().contains("postgresql") && list(spec.get("policyTypes")).contains("Egress")) {
                assertThat(map(spec.get("podSelector"))).as(name).isEqualTo(Map.of("matchLabels",
                        Map.of("app.kubernetes.io/name", "skill-dispatcher")));
            }
        });
    }

    @Test
    void composeRequiresADatabasePasswordAndHardensEveryServiceContainer() throws IOException {
        String compose = Files.readString(DeploymentFiles.ROOT.resolve("docker-compose.yml"));
        assertThat(compose).doesNotContain("${POSTGRES_PASSWORD:-").contains("${POSTGRES_PASSWORD:?");
        Map<String, Map<String, Object>> services = DeploymentFiles.composeSkillServices();
        assertThat(services).containsOnlyKeys("topics", "dispatcher", "calculators", "api");
        services.forEach((service, definition) -> {
            assertThat(definition.get("read_only")).as(service).isEqualTo(true);
            assertThat(strings(definition.get("tmpfs"))).as(service).anyMatch(t -> t.startsWith("/tmp"));
            assertThat(strings(definition.get("cap_drop"))).as(service).containsExactly("ALL");
            assertThat(strings(definition.get("security_opt"))).as(service).contains("no-new-privileges:true");
            assertThat(definition).as(service).containsKey("mem_limit");
        });
        assertThat(strings(services.get("api").get("ports"))).allMatch(p -> p.startsWith("127.0.0.1:"));
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

    private static Map<String, Object> environment(Map<String, Object> workload) {
        Map<String, Object> environment = new TreeMap<>();
        list(container(workload).get("envFrom")).forEach(e -> {
            String configMap = (String) map(map(e).get("configMapRef")).get("name");
            DeploymentFiles.manifests("ConfigMap").stream().filter(m -> name(m).equals(configMap))
                    .forEach(m -> environment.putAll(map(m.get("data"))));
        });
        list(container(workload).get("env")).forEach(e -> environment.put((String) map(e).get("name"), map(e).get("value")));
        return environment;
    }

    /** The namespaces a policy admits ingress from. */
    private static List<Object> ingressFrom(Map<String, Object> spec) {
        return list(spec.get("ingress")).stream().flatMap(rule -> list(map(rule).get("from")).stream())
                .map(from -> map(map(map(from).get("namespaceSelector")).get("matchLabels")).get("kubernetes.io/metadata.name"))
                .filter(Objects::nonNull).toList();
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
        SecretFiles.SECRETS.forEach(secret -> known.add(secret + SecretFiles.SUFFIX));
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

    /** The default of a port application.yml reads from the environment variable {@code env}. */
    private static int defaultPort(String env) {
        Matcher m = Pattern.compile("\\$\\{" + env + ":(\\d+)}").matcher(applicationYml());
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
