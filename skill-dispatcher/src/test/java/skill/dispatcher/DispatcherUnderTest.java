package skill.dispatcher;

import io.micronaut.context.ApplicationContext;
import skill.core.Topics;
import skill.testsupport.DatabaseCoordinates;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

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
}
