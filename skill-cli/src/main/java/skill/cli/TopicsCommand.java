package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import skill.core.ConfigKeys;
import skill.core.Topics;
import skill.runtime.TopicProvisioner;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * The one-shot topic initialiser of docker-compose and the Kubernetes Job: creates the missing topics
 * (rankings and standings compacted) from the same environment the services read, then exits.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create the missing topics of the system (names from SKILL_TOPICS_*), then exit.")
class TopicsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--partitions", defaultValue = "${env:SKILL_TOPICS_PARTITIONS:-3}",
            description = "Partitions of each topic (default: $SKILL_TOPICS_PARTITIONS or ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "${env:SKILL_TOPICS_REPLICATION_FACTOR:-1}",
            description = "Replicas of each topic (default: $SKILL_TOPICS_REPLICATION_FACTOR or ${DEFAULT-VALUE}).")
    short replicas;

    /** Where topic names come from: the environment, as the services read it. */
    UnaryOperator<String> config = key -> System.getenv(ConfigKeys.environmentVariable(key));

    @Override
    public Integer call() throws Exception {
        Topics topics = Topics.fromConfig(config);
        List<String> created = TopicProvisioner.create(kafka.connection(), topics, partitions, replicas);
        System.out.printf("Created %d missing topic(s) on %s: %s%n", created.size(), kafka.bootstrapServers, created);
        return 0;
    }
}
