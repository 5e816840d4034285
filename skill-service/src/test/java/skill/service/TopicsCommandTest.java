package skill.service;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import skill.core.Topics;
import skill.testsupport.KafkaTestSupport;
import skill.testsupport.TestInfrastructure;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `skill topics`, the one-shot initialiser: every topic with its partitions, the outputs compacted, idempotent. */
class TopicsCommandTest {

    @Test
    void createsEveryTopicOnceWithTheContractsCleanupPolicy() throws Exception {
        String prefix = KafkaTestSupport.uniquePrefix("topics");
        Topics topics = Topics.defaults().withPrefix(prefix);
        Map<String, String> names = topics.config();

        assertThat(run(names)).isZero();
        assertThat(run(names)).as("a second run finds them all").isZero();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> described = admin.describeTopics(names.values()).allTopicNames().get();
            assertThat(described.values()).hasSize(8).allSatisfy(d -> assertThat(d.partitions()).hasSize(4));
            for (String topic : names.values()) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                String policy = admin.describeConfigs(List.of(resource)).all().get().get(resource)
                        .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
                boolean compacted = List.of(topics.skillRankings(), topics.skillStandings(),
                        topics.skillStandingsByMatchday()).contains(topic);
                assertThat(policy).as(topic).isEqualTo(compacted ? "compact" : "delete");
            }
        }
    }

    private static int run(Map<String, String> names) {
        TopicsCommand.Create command = new TopicsCommand.Create();
        command.config = names::get;
        return new CommandLine(command).execute("--bootstrap-servers", TestInfrastructure.kafkaBootstrapServers(),
                "--partitions", "4");
    }
}
