package skill.runtime;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import skill.core.ConfigKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** The SASL mechanisms that log in with a password in the JAAS line (GSSAPI and OAUTHBEARER do not). */
    private static final Set<String> PASSWORD_MECHANISMS = Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512");
    private static final Pattern JAAS_PASSWORD = Pattern.compile("\\bpassword\\s*=\\s*(\"[^\"]*\"|[^\\s;]*)");

    public KafkaConnection {
        properties = Map.copyOf(new TreeMap<>(properties));
        String servers = properties.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null || servers.isBlank()) {
            throw new IllegalArgumentException("No Kafka brokers: set " + ConfigKeys.KAFKA_BOOTSTRAP_SERVERS
                    + " (environment KAFKA_BOOTSTRAP_SERVERS)");
        }
        requireSaslPassword(properties);
    }

    /**
     * SASL with a password mechanism and no password is a forgotten secret: say so at start, instead of
     * the clients retrying an authentication that cannot succeed.
     */
    private static void requireSaslPassword(Map<String, String> properties) {
        String protocol = properties.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "");
        String mechanism = properties.getOrDefault(SaslConfigs.SASL_MECHANISM, SaslConfigs.DEFAULT_SASL_MECHANISM);
        if (!protocol.startsWith("SASL_") || !PASSWORD_MECHANISMS.contains(mechanism)) {
            return;
        }
        Matcher password = JAAS_PASSWORD.matcher(properties.getOrDefault(SaslConfigs.SASL_JAAS_CONFIG, ""));
        if (!password.find() || password.group(1).replace("\"", "").isEmpty()) {
            throw new IllegalArgumentException("Kafka SASL " + mechanism + " without a password: set KAFKA_SASL_JAAS_CONFIG, "
                    + "or KAFKA_SASL_JAAS_CONFIG_FILE to a file holding it, to the service's login, e.g. "
                    + "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"...\" password=\"...\";");
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
