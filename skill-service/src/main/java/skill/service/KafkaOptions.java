package skill.service;

import picocli.CommandLine.Option;
import skill.core.ConfigKeys;
import skill.runtime.KafkaConnection;
import skill.runtime.SecretFiles;

import java.util.Map;
import java.util.Optional;

/**
 * The Kafka connection of the commands that talk to a cluster: the brokers by option or
 * KAFKA_BOOTSTRAP_SERVERS, every other client property (SASL_SSL, trust stores) from the same
 * KAFKA_* environment variables the services read, secrets from their *_FILE as well.
 */
public final class KafkaOptions {
    @Option(names = "--bootstrap-servers", defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka brokers (default: $KAFKA_BOOTSTRAP_SERVERS or ${DEFAULT-VALUE}).")
    String bootstrapServers;

    public KafkaConnection connection() {
        Map<String, String> environment = SecretFiles.environment();
        return KafkaConnection.from(key -> key.equals(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS)
                ? Optional.of(bootstrapServers) : Optional.ofNullable(environment.get(ConfigKeys.environmentVariable(key))));
    }
}
