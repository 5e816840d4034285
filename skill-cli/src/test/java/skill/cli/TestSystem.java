package skill.cli;

import io.micronaut.context.ApplicationContext;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.runtime.FreePort;
import skill.testsupport.DatabaseCoordinates;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.util.HashMap;
import java.util.Map;

/**
 * The whole system in one Micronaut context on the test broker and a fresh database, with its own
 * topics, consumer group and application ids, so test classes sharing the broker never meet.
 */
record TestSystem(Topics topics, ApplicationContext context) implements AutoCloseable {

    /** @param settings per test: min-minutes, flush interval, skills ... */
    static TestSystem start(String hint, Map<String, Object> settings) {
        String prefix = KafkaTestSupport.uniquePrefix(hint);
        Topics topics = Topics.defaults().withPrefix(prefix);
        DatabaseCoordinates db = TestInfrastructure.newDatabase(hint);
        Map<String, Object> props = new HashMap<>(Map.of(
                ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, TestInfrastructure.kafkaBootstrapServers(),
                "datasources.default.url", db.jdbcUrl(),
                "datasources.default.username", db.username(),
                "datasources.default.password", db.password(),
                "micronaut.server.port", -1,
                ConfigKeys.MANAGEMENT_PORT, FreePort.any(),
                ConfigKeys.DISPATCHER_GROUP_ID, prefix + "dispatcher",
                ConfigKeys.CALCULATORS_APPLICATION_ID_PREFIX, prefix + "calculator"));
        props.putAll(topics.config());
        props.putAll(settings);
        return new TestSystem(topics, ApplicationContext.run(props));
    }

    @Override
    public void close() {
        context.close();
    }
}
