package skill.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-process single-node Kafka broker in KRaft mode (one node is both broker and controller).
 * Configured so that consumer groups, transactions and Kafka Streams exactly_once_v2 work on one node.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final long READY_TIMEOUT_SECONDS = 60;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path temporaryLogDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, Path temporaryLogDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.temporaryLogDir = temporaryLogDir;
    }

    /**
     * Starts a broker and returns once it answers client requests.
     *
     * @param port   client port on 127.0.0.1, or 0 to pick a free one
     * @param logDir where topics live (formatted on first use, reused afterwards), or null for a
     *               temporary directory that is deleted on {@link #close()}
     */
    public static EmbeddedKafka start(int port, Path logDir) {
        long startNanos = System.nanoTime();
        Path temporaryLogDir = null;
        KafkaRaftServer server = null;
        try {
            Path dir = logDir != null ? Files.createDirectories(logDir) : Files.createTempDirectory("skill-kafka-");
            temporaryLogDir = logDir == null ? dir : null;
            int[] ports = freePorts(port == 0 ? 2 : 1);
            int brokerPort = port == 0 ? ports[1] : port;
            int controllerPort = ports[0];
            String bootstrapServers = HOST + ":" + brokerPort;

            formatIfNeeded(dir);
            server = new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties(dir, brokerPort, controllerPort), false), Time.SYSTEM);
            server.startup();
            awaitReady(bootstrapServers);
            LOG.info("Embedded Kafka started at {} (log dir {}) in {} ms",
                bootstrapServers, dir, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            return new EmbeddedKafka(server, bootstrapServers, temporaryLogDir);
        } catch (Exception e) {
            // The cause says why (another process holds the log dir's .lock, a port is taken, ...).
            IllegalStateException failure = new IllegalStateException("Could not start embedded Kafka"
                    + (logDir == null ? "" : " in " + logDir) + ": " + (e.getMessage() == null ? e : e.getMessage()), e);
            try {
                stop(server, temporaryLogDir);
            } catch (RuntimeException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        stop(server, temporaryLogDir);
    }

    private static Properties brokerProperties(Path dir, int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", String.valueOf(NODE_ID)),
            Map.entry("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort),
            Map.entry("controller.listener.names", CONTROLLER_LISTENER),
            Map.entry("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("log.dirs", dir.toString()),
            // Internal topics default to replication factor 3, which a single node can never satisfy.
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            // The defaults (50 partitions each) make the first group join and first transaction slow.
            Map.entry("offsets.topic.num.partitions", "5"),
            Map.entry("transaction.state.log.num.partitions", "5"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            // Topics are created explicitly, so a typo fails fast instead of creating a stray topic.
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("num.partitions", "1"),
            // The default 128 MiB compaction buffer is a lot of heap for a local broker.
            Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024))));
        return props;
    }

    /** Writes meta.properties and the bootstrap metadata, as `kafka-storage.sh format` does, unless done by an earlier run. */
    private static void formatIfNeeded(Path dir) throws Exception {
        if (Files.exists(dir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
            .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
            .setNodeId(NODE_ID)
            .setClusterId(Uuid.randomUuid().toString())
            .setDirectories(List.of(dir.toString()))
            .setMetadataLogDirectory(dir.toString())
            .setReleaseVersion(MetadataVersion.latestProduction())
            .setControllerListenerName(CONTROLLER_LISTENER)
            .run();
    }

    /** startup() already waits until the broker is unfenced; this proves clients can reach it on the advertised address. */
    private static void awaitReady(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (admin.describeCluster().nodes().get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS).isEmpty()) {
                throw new IllegalStateException("Broker at " + bootstrapServers + " reports no live brokers");
            }
        }
    }

    /** Reserves distinct free ports by holding them all open at once, then releases them for the broker. */
    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    private static void stop(KafkaRaftServer server, Path temporaryLogDir) {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
        if (temporaryLogDir != null) {
            try {
                Utils.delete(temporaryLogDir.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete " + temporaryLogDir, e);
            }
        }
    }
}
