package skill.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySource.PropertyConvention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaConnectionTest {
    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"skill\" password=\"from-the-secret\";";

    @Test
    void environmentVariablesBecomeClientPropertiesOfEveryService() {
        Map<String, Object> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker-1:9093,broker-2:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/skill/kafka/truststore.p12",
                // Kubernetes sets these for a Service named kafka; they are no client properties.
                "KAFKA_PORT", "tcp://10.0.0.7:9092",
                "KAFKA_SERVICE_HOST", "10.0.0.7");
        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(PropertySource.of("env", env, PropertyConvention.ENVIRONMENT_VARIABLE))
                .start()) {
            assertThat(context.getBean(KafkaConnection.class).properties()).isEqualTo(Map.of(
                    "bootstrap.servers", "broker-1:9093,broker-2:9093",
                    "security.protocol", "SASL_SSL",
                    "sasl.mechanism", "SCRAM-SHA-512",
                    "sasl.jaas.config", JAAS,
                    "ssl.truststore.location", "/etc/skill/kafka/truststore.p12"));
        }
    }

    @Test
    void aClientsOwnSettingsWinOverTheConnection() {
        KafkaConnection kafka = KafkaConnection.from(key -> Optional.ofNullable(Map.of(
                "kafka.bootstrap.servers", "broker:9092",
                "kafka.isolation.level", "read_uncommitted",
                "kafka.request.timeout.ms", "60000").get(key)));

        assertThat(kafka.with(Map.of("isolation.level", "read_committed"))).isEqualTo(Map.of(
                "bootstrap.servers", "broker:9092",
                "isolation.level", "read_committed",
                "request.timeout.ms", "60000"));
    }

    @Test
    void withoutBrokersItSaysWhichSettingIsMissing() {
        assertThatThrownBy(() -> KafkaConnection.from(key -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void saslWithAPasswordMechanismRefusesToStartWithoutAPassword() {
        for (String jaas : List.of("", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"skill\";",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"skill\" password=\"\";")) {
            assertThatThrownBy(() -> sasl("SCRAM-SHA-512", jaas)).as(jaas)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("KAFKA_SASL_JAAS_CONFIG_FILE");
        }
        assertThat(sasl("SCRAM-SHA-512", JAAS).properties()).containsEntry("sasl.jaas.config", JAAS);
        // Kerberos and OAuth log in without a password in the JAAS line.
        assertThat(sasl("GSSAPI", "").properties()).containsEntry("sasl.mechanism", "GSSAPI");
    }

    private static KafkaConnection sasl(String mechanism, String jaas) {
        return new KafkaConnection(Map.of("bootstrap.servers", "broker:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", mechanism, "sasl.jaas.config", jaas));
    }
}
