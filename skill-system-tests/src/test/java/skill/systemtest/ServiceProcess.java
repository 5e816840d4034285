package skill.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service as its own JVM ({@code java -jar skill-service.jar service <name>}, as the image runs it), configured by system
 * properties, with its output in a log file; killed with SIGKILL and started again like a pod.
 */
final class ServiceProcess {
    private static final Path JAR = Path.of(System.getProperty("skill.service.jar", "../skill-service/target/skill-service.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String service;
    private final String name;
    private final Map<String, String> properties;
    private final Path log;
    private final int port = Infrastructure.freePort();
    private Process process;
    private int starts;

    ServiceProcess(String service, String name, Map<String, String> properties, Path logDir) {
        this.service = service;
        this.name = name;
        this.properties = properties;
        this.log = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    synchronized void start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-Dmicronaut.server.port=" + port, "-jar", JAR.toAbsolutePath().toString(),
                "service", service));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
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

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** GET /health: the status code, or 0 while the process does not answer. */
    int health() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** GET a path of this service's HTTP port (the API's REST endpoints). */
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
