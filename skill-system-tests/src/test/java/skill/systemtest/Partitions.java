package skill.systemtest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;

/** How a deployment spreads its work: on which partitions a topic's keys are, and which consumer has each. */
final class Partitions {
    private Partitions() {
    }

    /** The partitions each key's messages are on. */
    static Map<String, Set<Integer>> ofKeys(String bootstrapServers, String topic) {
        Map<String, Set<Integer>> partitions = new TreeMap<>();
        FinalState.forEachRecord(bootstrapServers, topic,
                r -> partitions.computeIfAbsent(r.key(), key -> new TreeSet<>()).add(r.partition()));
        return partitions;
    }

    /**
     * The client id of the consumer each partition of the topic is assigned to, in the groups under the
     * prefix; a Kafka Streams client id names the instance (its process id) and the stream thread.
     */
    static Map<Integer, String> owners(String bootstrapServers, String groupPrefix, String topic)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(g -> g.groupId()).filter(id -> id.startsWith(groupPrefix)).toList();
            Map<Integer, String> owners = new HashMap<>();
            for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups).all().get().values()) {
                group.members().forEach(member -> member.assignment().topicPartitions().stream()
                        .filter(p -> p.topic().equals(topic))
                        .forEach(p -> owners.put(p.partition(), member.clientId())));
            }
            return owners;
        }
    }
}
