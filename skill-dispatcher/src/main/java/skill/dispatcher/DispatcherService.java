package skill.dispatcher;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.core.model.MatchFact;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;

import javax.sql.DataSource;

/** Runs the {@link FactDispatcher} on its own thread for the lifetime of the application. */
@Context
@Requires(property = ConfigKeys.DISPATCHER_ENABLED, notEquals = "false")
public class DispatcherService {
    /** The consumer group of the dispatchers (Kafka ACLs: deploy/kafka-acls.sh). */
    public static final String DEFAULT_GROUP_ID = "skill-dispatcher";
    private final FactDispatcher dispatcher;
    private final Thread thread;

    public DispatcherService(TopicProvisioner provisioned, DataSource dataSource, MeterRegistry registry, Topics topics,
                             KafkaConnection kafka,
                             @Value("${" + ConfigKeys.DISPATCHER_GROUP_ID + ":" + DEFAULT_GROUP_ID + "}") String groupId,
                             @Value("${" + ConfigKeys.DISPATCHER_MAX_POLL_RECORDS + ":500}") int maxPollRecords,
                             @Value("${" + ConfigKeys.DEFAULT_COMPETITION + ":" + MatchFact.DEFAULT_COMPETITION + "}")
                             String defaultCompetition) {
        this.dispatcher = new FactDispatcher(new DispatcherSettings(kafka, topics, groupId, maxPollRecords,
                defaultCompetition),
                new FactStore(dataSource), registry);
        this.thread = new Thread(dispatcher, "skill-dispatcher");
        thread.start();
    }

    FactDispatcher dispatcher() {
        return dispatcher;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        dispatcher.stop();
        thread.join(10_000);
    }
}
