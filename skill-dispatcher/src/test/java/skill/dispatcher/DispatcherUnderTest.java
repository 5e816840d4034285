package skill.dispatcher;

import io.micronaut.context.ApplicationContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import skill.core.Topics;
import skill.testsupport.DatabaseCoordinates;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dispatcher through its Micronaut wiring, on the test broker and a fresh database, with topics of its own. */
final class DispatcherUnderTest {
    private DispatcherUnderTest() {
    }

    static Topics topics(String hint) {
        return Topics.defaults().withPrefix(KafkaTestSupport.uniquePrefix(hint));
    }

    static ApplicationContext start(Topics topics) {
        DatabaseCoordinates db = TestInfrastructure.newDatabase("dispatcher");
        return ApplicationContext.run(Map.of(
                "kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrapServers(),
                "skill.topics.match-facts", topics.matchFacts(),
                "skill.topics.match-facts-dlq", topics.matchFactsDlq(),
                "skill.topics.match-fact-updates", topics.matchFactUpdates(),
                "skill.dispatcher.group-id", topics.matchFacts() + "dispatcher",
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", db.username(),
                "datasources.default.password", db.password(),
                "flyway.datasources.default.enabled", true,
                "micronaut.server.port", -1));
    }

    /** The factIds stored in the dispatcher's database. */
    static List<String> storedFactIds(ApplicationContext context) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = context.getBean(DataSource.class).getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT fact_id FROM match_fact")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
