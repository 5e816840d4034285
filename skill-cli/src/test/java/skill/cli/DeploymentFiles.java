package skill.cli;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** docker-compose.yml and the Kubernetes manifests of deploy/k8s, parsed, for tests that keep them in step with the code. */
final class DeploymentFiles {
    /** Tests run in the module directory; the repository root is its parent. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private DeploymentFiles() {
    }

    static Map<String, Object> compose() {
        return map(load(ROOT.resolve("docker-compose.yml")).get(0));
    }

    /** The compose services that run the Skill image, by name. */
    static Map<String, Map<String, Object>> composeSkillServices() {
        Map<String, Map<String, Object>> skill = new TreeMap<>();
        map(compose().get("services")).forEach((name, service) -> {
            if (String.valueOf(map(service).get("image")).startsWith("skill:")) {
                skill.put(name, map(service));
            }
        });
        return skill;
    }

    static Map<String, Object> kustomization() {
        return map(load(ROOT.resolve("deploy/k8s/kustomization.yaml")).get(0));
    }

    /** Every object of every manifest in deploy/k8s but the kustomization. */
    static List<Map<String, Object>> manifests() {
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/k8s"))) {
            List<Map<String, Object>> all = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml")).sorted()
                    .forEach(f -> load(f).forEach(doc -> all.add(map(doc))));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> manifests(String kind) {
        return manifests().stream().filter(m -> kind.equals(m.get("kind"))).toList();
    }

    /** The first container of a Deployment's or Job's pod template. */
    static Map<String, Object> container(Map<String, Object> workload) {
        return map(list(podSpec(workload).get("containers")).get(0));
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        return map(map(map(workload.get("spec")).get("template")).get("spec"));
    }

    static String name(Map<String, Object> object) {
        return (String) map(object.get("metadata")).get("name");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static List<Object> load(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (InputStream in = Files.newInputStream(file)) {
            List<Object> docs = new ArrayList<>();
            new Yaml(options).loadAll(in).forEach(docs::add);
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
