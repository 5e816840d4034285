package skill.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestInfrastructureTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void roundTripsThroughAFreshDatabase() throws SQLException {
        DatabaseCoordinates db = TestInfrastructure.newDatabase("TestInfrastructureTest");
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE rating (player varchar PRIMARY KEY, skill double precision NOT NULL)");
            statement.execute("INSERT INTO rating VALUES ('messi', 1900.5)");
            try (ResultSet rows = statement.executeQuery("SELECT skill FROM rating WHERE player = 'messi'")) {
                assertTrue(rows.next());
                assertEquals(1900.5, rows.getDouble(1));
            }
        }
    }

    @Test
    void givesEachCallerAnIsolatedDatabase() throws SQLException {
        DatabaseCoordinates first = TestInfrastructure.newDatabase("isolation");
        DatabaseCoordinates second = TestInfrastructure.newDatabase("isolation");
        assertNotEquals(first.jdbcUrl(), second.jdbcUrl());
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_in_first (id int)");
        }
        try (Connection connection = connect(second); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    @Test
    void roundTripsThroughATopic() {
        String topic = KafkaTestSupport.uniquePrefix("round-trip") + "events";
        KafkaTestSupport.createTopics(2, topic);
        KafkaTestSupport.createTopics(2, topic);
        KafkaTestSupport.produce(topic, "a", "first");
        KafkaTestSupport.produce(topic, "b", "second".getBytes(StandardCharsets.UTF_8));

        List<ConsumerRecord<String, String>> records = KafkaTestSupport.awaitRecords(topic, read -> read.size() == 2, TIMEOUT);

        assertEquals(Map.of("a", "first", "b", "second"),
            records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value)));
    }

    @Test
    void createsCompactedTopics() throws Exception {
        String topic = KafkaTestSupport.uniquePrefix("compacted") + "table";
        KafkaTestSupport.createCompactedTopics(1, topic);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            String policy = admin.describeConfigs(List.of(resource)).all().get().get(resource)
                .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, policy);
        }
    }

    @Test
    void reportsWhatWasReadWhenTheConditionIsNotMet() {
        String topic = KafkaTestSupport.uniquePrefix("timeout") + "events";
        KafkaTestSupport.createTopics(1, topic);
        KafkaTestSupport.produce(topic, "k", "only-one");

        AssertionError failure = assertThrows(AssertionError.class,
            // Long enough for a loaded machine to read the one record (one second was not, under CI load).
            () -> KafkaTestSupport.awaitRecords(topic, read -> read.size() == 2, Duration.ofSeconds(10)));

        assertTrue(failure.getMessage().contains("read 1 record(s)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("k = only-one"), failure.getMessage());
    }

    private static Connection connect(DatabaseCoordinates db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
