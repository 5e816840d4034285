package skill.systemtest;

import skill.core.ConfigKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as its own JVM ({@code java -jar skill-service.jar service <name>}, as the image runs it),
 * the whole system ({@code java -jar skill.jar run}) or an operator's command of skill.jar, with its output
 * in a log file; killed with SIGKILL and started again like a pod.
 */
final class ServiceProcess {
    private static final Path SERVICE_JAR = Path.of(System.getProperty("skill.service.jar", "../skill-service/target/skill-service.jar"));
    private static final Path CLI_JAR = Path.of(System.getProperty("skill.jar", "../skill-cli/target/skill.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final String heap;
    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path log;
    private final int port;
    private final int managementPort;
    private Process process;
    private int starts;

    private ServiceProcess(String name, Path jar, String heap, Map<String, String> properties, Map<String, String> environment,
                           List<String> arguments, Path logDir, int port, int managementPort) {
        this.name = name;
        this.jar = jar;
        this.heap = heap;
        this.properties = properties;
        this.environment = environment;
        this.arguments = arguments;
        this.log = logDir.resolve(name + ".log");
        this.port = port;
        this.managementPort = managementPort;
    }

    /** {@code service <service>}, configured by system properties. */
    static ServiceProcess service(String service, String name, Map<String, String> properties, Path logDir) {
        int port = Infrastructure.freePort();
        Map<String, String> all = new HashMap<>(properties);
        int managementPort = Infrastructure.freePort();
        all.put("micronaut.server.port", Integer.toString(port));
        all.put(ConfigKeys.MANAGEMENT_PORT, Integer.toString(managementPort));
        return new ServiceProcess(name, SERVICE_JAR, "256m", all, Map.of(), List.of("service", service), logDir, port, managementPort);
    }

    /** {@code run <options>}: broker, database and every service in one JVM, as a laptop runs it. */
    static ServiceProcess run(String name, List<String> options, Path logDir) {
        int port = Infrastructure.freePort();
        int managementPort = Infrastructure.freePort();
        List<String> arguments = new ArrayList<>(List.of("run", "--api-port", Integer.toString(port),
                "--management-port", Integer.toString(managementPort)));
        arguments.addAll(options);
        // Broker, Kafka Streams, the API's read model and the dispatcher share this heap.
        return new ServiceProcess(name, CLI_JAR, "768m", Map.of(), Map.of(), arguments, logDir, port, managementPort);
    }

    /**
     * A command of skill.jar that ends by itself (such as {@code rebuild}), configured as operators do: by
     * system properties and environment variables. It serves no port.
     */
    static ServiceProcess command(String name, Map<String, String> properties, Map<String, String> environment,
                                  List<String> arguments, Path logDir) {
        return new ServiceProcess(name, CLI_JAR, "256m", properties, environment, arguments, logDir, 0, 0);
    }

    String name() {
        return name;
    }

    synchronized void start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        command.addAll(arguments);
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            process = builder.redirectErrorStream(true)
                    .redirectOutput(starts++ == 0 ? ProcessBuilder.Redirect.to(log.toFile())
                            : ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** SIGKILL: no shutdown hook, no last commit, no leaving the consumer group. */
    synchronized void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: a clean shutdown. */
    synchronized void stop() {
        process.destroy();
        waitFor();
    }

    /** Waits for a command to end by itself; its exit code, or a failure (the process killed) when it takes too long. */
    int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError(name + " did not end within " + atMost + "; see " + log);
        }
        return process.exitValue();
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** GET /health of the management port: the status code, or 0 while the process does not answer. */
    int health() {
        HttpResponse<String> response = managementHealth();
        return response == null ? 0 : response.statusCode();
    }

    /** The details /health of the management port reports (JSON), or "" while the process does not answer. */
    String healthDetails() {
        HttpResponse<String> response = managementHealth();
        return response == null ? "" : response.body();
    }

    private HttpResponse<String> managementHealth() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** GET a path of this service's public HTTP port (the API's REST endpoints). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
