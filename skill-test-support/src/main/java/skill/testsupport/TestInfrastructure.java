package skill.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import skill.embedded.EmbeddedKafka;
import skill.embedded.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Kafka broker and one PostgreSQL server per test JVM, each started on first use and stopped at JVM exit.
 * Each is taken from the first available of:
 * <ol>
 *   <li>external servers named by the environment variables or system properties {@code KAFKA_BOOTSTRAP_SERVERS},
 *       and {@code JDBC_URL} (plus {@code JDBC_USERNAME}, {@code JDBC_PASSWORD}; the user needs CREATEDB);</li>
 *   <li>Testcontainers, when a Docker engine is reachable;</li>
 *   <li>the in-process {@link EmbeddedKafka} and {@link EmbeddedPostgresServer}.</li>
 * </ol>
 */
public final class TestInfrastructure {
    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    private static final String POSTGRES_IMAGE = "postgres:17";
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)[^?]*(\\?.*)?");

    private static String kafkaBootstrapServers;
    private static DatabaseCoordinates serverDatabase;

    private TestInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            kafkaBootstrapServers = startKafka();
        }
        return kafkaBootstrapServers;
    }

    /** Creates a new, empty database named after the hint, so each test class gets its own schema. */
    public static DatabaseCoordinates newDatabase(String hint) {
        DatabaseCoordinates server = serverDatabase();
        String name = databaseName(hint);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " via " + server.jdbcUrl(), e);
        }
        return new DatabaseCoordinates(withDatabase(server.jdbcUrl(), name), server.username(), server.password());
    }

    private static synchronized DatabaseCoordinates serverDatabase() {
        if (serverDatabase == null) {
            serverDatabase = startPostgres();
        }
        return serverDatabase;
    }

    private static String startKafka() {
        String external = setting("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null) {
            LOG.info("Test Kafka: external broker at {}", external);
            return external;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            // Same as the embedded broker: tests must create their topics.
            KafkaContainer container = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
            container.start();
            stopAtExit("kafka-container", container::stop);
            LOG.info("Test Kafka: Testcontainers {} at {}", KAFKA_IMAGE, container.getBootstrapServers());
            return container.getBootstrapServers();
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(0, null);
        stopAtExit("embedded-kafka", kafka::close);
        LOG.info("Test Kafka: embedded broker at {} (no external broker configured, no Docker)", kafka.bootstrapServers());
        return kafka.bootstrapServers();
    }

    private static DatabaseCoordinates startPostgres() {
        String external = setting("JDBC_URL");
        if (external != null) {
            LOG.info("Test PostgreSQL: external server at {}", external);
            return new DatabaseCoordinates(external, setting("JDBC_USERNAME"), setting("JDBC_PASSWORD"));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
            container.start();
            stopAtExit("postgres-container", container::stop);
            LOG.info("Test PostgreSQL: Testcontainers {} at {}", POSTGRES_IMAGE, container.getJdbcUrl());
            return new DatabaseCoordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(0, null);
        stopAtExit("embedded-postgres", postgres::close);
        LOG.info("Test PostgreSQL: embedded server at {} (no external server configured, no Docker)", postgres.jdbcUrl());
        return new DatabaseCoordinates(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    /** A system property wins over the environment variable of the same name, so a single run can override CI settings. */
    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    private static void stopAtExit(String name, Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "stop-" + name));
    }

    /** A lower-case identifier, so it needs no quoting in SQL or in the JDBC URL. */
    private static String databaseName(String hint) {
        String base = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        base = base.substring(0, Math.min(base.length(), 40));
        return "test_" + base + "_" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String withDatabase(String jdbcUrl, String database) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Expected jdbc:postgresql://host[:port]/database[?parameters] but got " + jdbcUrl);
        }
        return url.group(1) + database + (url.group(2) == null ? "" : url.group(2));
    }
}
