package skill.systemtest;

import skill.embedded.EmbeddedKafka;
import skill.embedded.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * One broker and one database for the services under test, which these tests can take away and
 * bring back: each keeps its port and its data directory across a restart, as a real server does.
 */
final class Infrastructure implements AutoCloseable {
    private final Path dir;
    private final int kafkaPort = freePort();
    private final int postgresPort = freePort();
    private EmbeddedKafka kafka;
    private EmbeddedPostgresServer postgres;

    private Infrastructure(Path dir) {
        this.dir = dir;
    }

    static Infrastructure start(Path dir) {
        Infrastructure infra = new Infrastructure(dir);
        infra.startBroker();
        infra.startPostgres();
        return infra;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    String username() {
        return postgres.username();
    }

    String password() {
        return postgres.password();
    }

    void createDatabase(String name) {
        postgres.createDatabase(name);
    }

    void startBroker() {
        kafka = EmbeddedKafka.start(kafkaPort, dir.resolve("kafka"));
    }

    void stopBroker() {
        kafka.close();
        kafka = null;
    }

    void startPostgres() {
        postgres = EmbeddedPostgresServer.start(postgresPort, dir.resolve("postgres"));
    }

    void stopPostgres() {
        postgres.close();
        postgres = null;
    }

    /** Brings back whatever a failed test left stopped, so the next test starts whole. */
    void restoreStopped() {
        if (kafka == null) {
            startBroker();
        }
        if (postgres == null) {
            startPostgres();
        }
    }

    @Override
    public void close() {
        restoreStopped();
        kafka.close();
        postgres.close();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
