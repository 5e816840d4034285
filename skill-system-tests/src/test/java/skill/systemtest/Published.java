package skill.systemtest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import skill.core.Topics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/**
 * How far the calculators' output topics go. Whatever they publish moves an end offset, even a message
 * equal to the one before (which comparing the latest values would miss), and so does the commit marker
 * of every transaction that wrote to them.
 */
final class Published {
    private Published() {
    }

    /** The end offset of every partition of skill-rankings, -standings, -standings-by-matchday and -badge-events. */
    static Map<TopicPartition, Long> ends(String bootstrapServers, Topics topics) throws ExecutionException, InterruptedException {
        List<String> outputs = List.of(topics.skillRankings(), topics.skillStandings(), topics.skillStandingsByMatchday(),
                topics.skillBadgeEvents());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(outputs).allTopicNames().get().values().forEach(topic -> topic.partitions().forEach(
                    p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new TreeMap<>(Comparator.comparing(TopicPartition::toString));
            admin.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
            return ends;
        }
    }
}
