package skill.runtime;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/** The process's Kafka connection from configuration: kafka.* keys, or KAFKA_* environment variables. */
@Factory
public class KafkaConnectionFactory {

    @Singleton
    KafkaConnection kafkaConnection(Environment environment) {
        return KafkaConnection.from(key -> environment.getProperty(key, String.class));
    }
}
