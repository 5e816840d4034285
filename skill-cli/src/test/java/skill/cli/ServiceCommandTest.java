package skill.cli;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.service.ServiceCommand;
import skill.service.ServiceCommand.Service;
import skill.core.ConfigKeys;
import skill.runtime.SecretFilesPropertySourceLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * `skill service dispatcher` has no default database password: without one it refuses to start and says what
 * to set, before it connects anywhere; with JDBC_PASSWORD_FILE the password comes from the file.
 */
class ServiceCommandTest {

    @Test
    void theDispatcherRefusesToStartWithoutADatabasePassword() {
        Map<String, Object> settings = new HashMap<>(ServiceCommand.properties(Service.dispatcher));
        // Nothing listens there: the check must come before any connection.
        settings.put(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:9");
        settings.put(ConfigKeys.TOPICS_CREATE, false);
        settings.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:9/skill");
        settings.put("datasources.default.password", "");

        assertThatThrownBy(() -> ApplicationContext.run(settings).close())
                .rootCause().hasMessage("No password for the database login 'skill' (datasource default): "
                        + "set JDBC_PASSWORD, or JDBC_PASSWORD_FILE to a file holding it");
    }

    @Test
    void theDatabasePasswordCanComeFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("jdbc-password"), "from-the-secret\n");
        var secrets = SecretFilesPropertySourceLoader.propertySource(Map.of("JDBC_PASSWORD_FILE", file.toString()));
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of(ConfigKeys.DISPATCHER_ENABLED, false, ConfigKeys.CALCULATORS_ENABLED, false,
                        ConfigKeys.API_ENABLED, false, "datasources.default.enabled", false))
                .propertySources(secrets).start()) {
            assertThat(context.getProperty("datasources.default.password", String.class)).contains("from-the-secret");
        }
    }
}
