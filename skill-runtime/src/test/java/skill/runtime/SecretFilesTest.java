package skill.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.io.service.SoftServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretFilesTest {
    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"skill-dispatcher\" password=\"from-a-file\";";

    @TempDir
    Path dir;

    @Test
    void aFileNamedByX_FILEIsTheValueOfXWithoutItsTrailingLineBreak() throws IOException {
        Path password = Files.writeString(dir.resolve("jdbc-password"), "s3cret \n");
        Path jaas = Files.writeString(dir.resolve("kafka-jaas"), JAAS + "\r\n\n");

        assertThat(SecretFiles.read(Map.of("JDBC_PASSWORD_FILE", password.toString(),
                "KAFKA_SASL_JAAS_CONFIG_FILE", jaas.toString(),
                "JDBC_URL", "jdbc:postgresql://db/skill",
                // Only credentials are read from files: anything else keeps its meaning.
                "JDBC_URL_FILE", password.toString())))
                .isEqualTo(Map.of("JDBC_PASSWORD", "s3cret ", "KAFKA_SASL_JAAS_CONFIG", JAAS));
    }

    @Test
    void bothTheVariableAndItsFileIsAMistakeNamedAsSuch() throws IOException {
        Path password = Files.writeString(dir.resolve("jdbc-password"), "from-file");
        assertThatThrownBy(() -> SecretFiles.read(Map.of("JDBC_PASSWORD", "from-env", "JDBC_PASSWORD_FILE", password.toString())))
                .hasMessage("Both JDBC_PASSWORD and JDBC_PASSWORD_FILE are set: set only one");
    }

    @Test
    void aMissingFileStopsTheStartWithItsName() {
        assertThatThrownBy(() -> SecretFiles.read(Map.of("KAFKA_SSL_KEYSTORE_PASSWORD_FILE", "/nonexistent/keystore-password")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("KAFKA_SSL_KEYSTORE_PASSWORD_FILE=/nonexistent/keystore-password");
    }

    @Test
    void everyMicronautContextReadsTheSecretsOfFilesAsEnvironmentVariables() throws IOException {
        List<Class<?>> loaders = new ArrayList<>();
        SoftServiceLoader.load(PropertySourceLoader.class).collectAll(loader -> loaders.add(loader.getClass()));
        assertThat(loaders).contains(SecretFilesPropertySourceLoader.class);
        assertThat(new SecretFilesPropertySourceLoader().load("application", null)).isPresent();
        assertThat(new SecretFilesPropertySourceLoader().load("bootstrap", null)).isEmpty();

        Path jaas = Files.writeString(dir.resolve("kafka-jaas"), JAAS + "\n");
        var secrets = SecretFilesPropertySourceLoader.propertySource(Map.of("KAFKA_SASL_JAAS_CONFIG_FILE", jaas.toString()));
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("kafka.bootstrap.servers", "broker:9093", "kafka.security.protocol", "SASL_SSL",
                        "kafka.sasl.mechanism", "SCRAM-SHA-512"))
                .propertySources(secrets).start()) {
            assertThat(context.getBean(KafkaConnection.class).properties()).containsEntry("sasl.jaas.config", JAAS);
        }
    }
}
