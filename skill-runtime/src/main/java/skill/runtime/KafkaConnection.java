package skill.runtime;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import skill.core.ConfigKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What every Kafka client of a process shares: the brokers and any Kafka client property set as
 * {@code kafka.<property>} (environment {@code KAFKA_<PROPERTY>}), so that SASL_SSL, TLS trust
 * stores or timeouts are configuration, not code: {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL},
 * {@code KAFKA_SASL_JAAS_CONFIG=...}. Only real client property names are taken, so unrelated
 * variables such as Kubernetes' {@code KAFKA_PORT} are ignored.
 */
public record KafkaConnection(Map<String, String> properties) {
    /** Every property a consumer, producer or admin client knows. */
    public static final Set<String> CLIENT_PROPERTIES = clientProperties();

    public KafkaConnection {
        properties = Map.copyOf(new TreeMap<>(properties));
        String servers = properties.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null || servers.isBlank()) {
            throw new IllegalArgumentException("No Kafka brokers: set " + ConfigKeys.KAFKA_BOOTSTRAP_SERVERS
                    + " (environment KAFKA_BOOTSTRAP_SERVERS)");
        }
    }

    /** Just the brokers, for tests and tools on a plaintext broker. */
    public static KafkaConnection of(String bootstrapServers) {
        return new KafkaConnection(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Reads {@code kafka.<property>} for every client property from a configuration lookup. */
    public static KafkaConnection from(Function<String, Optional<String>> config) {
        Map<String, String> found = new HashMap<>();
        for (String name : CLIENT_PROPERTIES) {
            config.apply(ConfigKeys.KAFKA_PREFIX + name).ifPresent(value -> found.put(name, value));
        }
        return new KafkaConnection(found);
    }

    public String bootstrapServers() {
        return properties.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    }

    /** A client's configuration: the connection with the client's own settings on top, which win. */
    public Map<String, Object> with(Map<String, ?> clientSettings) {
        Map<String, Object> config = config();
        config.putAll(clientSettings);
        return config;
    }

    /** The connection alone, as a modifiable client configuration. */
    public Map<String, Object> config() {
        return new HashMap<>(properties);
    }

    private static Set<String> clientProperties() {
        Set<String> names = new TreeSet<>(ConsumerConfig.configNames());
        names.addAll(ProducerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return Set.copyOf(names);
    }
}
