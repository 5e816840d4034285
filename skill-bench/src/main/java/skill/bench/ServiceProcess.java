package skill.bench;

import skill.core.ConfigKeys;
import skill.runtime.FreePort;
import skill.service.ServiceCli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One service ({@code skill-service.jar service dispatcher|calculators|api}) in its own JVM, as it is deployed, configured
 * by -D properties; its peak resident memory (VmHWM) and CPU time are read from /proc.
 */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    /** Of /health and /prometheus. */
    private final int managementPort;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, int managementPort, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /**
     * Starts the service with the bench JVM's own classpath (skill-bench.jar holds skill-service) and waits until
     * its /health answers UP.
     */
    static ServiceProcess start(String service, String jvmOptions, Map<String, String> properties, Duration timeout)
            throws IOException, InterruptedException {
        int port = FreePort.any();
        int managementPort = FreePort.any();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (!jvmOptions.isBlank()) {
            command.addAll(Arrays.asList(jvmOptions.trim().split("\\s+")));
        }
        command.add("-Dmicronaut.server.port=" + port);
        command.add("-D" + ConfigKeys.MANAGEMENT_PORT + "=" + managementPort);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServiceCli.class.getName(), "service", service));
        Path log = Files.createTempFile("skill-bench-" + service, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess started = new ServiceProcess(service, process, port, managementPort, log);
        started.awaitHealthy(timeout);
        return started;
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log: " + log
                        + "\n" + tail());
            }
            try {
                if (management("/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + "; its log: " + log + "\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** GET a path of its management port. */
    HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A path of its public port (the API's REST). */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    /** Peak resident set size so far (VmHWM), in bytes; 0 where /proc is not available. */
    long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** User + system CPU time so far, in seconds. */
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private static final java.util.regex.Pattern THREAD = java.util.regex.Pattern.compile(
            "^\"(.*)\" #\\d+.*? cpu=([0-9]+(?:[.,][0-9]+)?)ms");

    /**
     * CPU seconds so far of its live threads whose name {@code matches}, from a thread dump ({@code jcmd
     * Thread.print}, whose thread lines carry {@code cpu=…ms}); a thread that ended is not counted.
     */
    double threadCpuSeconds(java.util.function.Predicate<String> matches) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return threadCpuSeconds(dump, matches);
    }

    static double threadCpuSeconds(String threadDump, java.util.function.Predicate<String> matches) {
        double ms = 0;
        for (String line : threadDump.split("\n")) {
            var m = THREAD.matcher(line);
            if (m.find() && matches.test(m.group(1))) {
                ms += Double.parseDouble(m.group(2).replace(',', '.'));
            }
        }
        return ms / 1e3;
    }

    Path log() {
        return log;
    }

    /** Stops it as an orchestrator would (SIGTERM: the shutdown hook closes the context) and waits. */
    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
