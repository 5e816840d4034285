package skill.cli;

import org.junit.jupiter.api.Test;
import skill.core.ConfigKeys;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/configuration.md names every key of ConfigKeys and every environment variable of application.yml. */
class ConfigurationDocTest {

    @Test
    void everyKeyIsDocumented() throws IOException {
        String doc = Files.readString(DeploymentFiles.ROOT.resolve("docs/configuration.md"));
        Arrays.stream(ConfigKeys.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .forEach(f -> assertThat(doc).as(f.getName()).contains("`" + DeploymentFilesTest.value(f)));
        DeploymentFilesTest.applicationYmlEnvironment()
                .forEach(env -> assertThat(doc).as(env).contains("`" + env + "`"));
    }
}
