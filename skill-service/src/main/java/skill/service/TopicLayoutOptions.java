package skill.service;

import picocli.CommandLine.Option;

/** Partitions and replicas of the topics a command creates, from the same environment the services read. */
final class TopicLayoutOptions {
    @Option(names = "--partitions", defaultValue = "${env:SKILL_TOPICS_PARTITIONS:-3}",
            description = "Partitions of each topic (default: $SKILL_TOPICS_PARTITIONS or ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "${env:SKILL_TOPICS_REPLICATION_FACTOR:-1}",
            description = "Replicas of each topic (default: $SKILL_TOPICS_REPLICATION_FACTOR or ${DEFAULT-VALUE}).")
    short replicas;
}
