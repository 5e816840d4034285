package skill.systemtest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * How many committed messages the consumer groups of one deployment (dispatcher and every Kafka
 * Streams app) have not processed yet. Streams commits the consumer position, which steps over
 * transaction markers, so a group that is through reads 0.
 */
final class ConsumerLag {
    private ConsumerLag() {
    }

    static long of(String bootstrapServers, String groupPrefix) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long lag = 0;
            for (var group : admin.listConsumerGroups().all().get()) {
                if (!group.groupId().startsWith(groupPrefix)) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
                for (var entry : committed.entrySet()) {
                    long end = ends.get(entry.getKey()).offset();
                    lag += Math.max(0, end - (entry.getValue() == null ? 0 : entry.getValue().offset()));
                }
            }
            return lag;
        }
    }
}
