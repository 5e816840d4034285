package skill.runtime;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySource.PropertyConvention;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every Micronaut context the {@link SecretFiles} of the environment as if they were environment
 * variables: JDBC_PASSWORD_FILE=/run/secrets/jdbc-password is JDBC_PASSWORD, KAFKA_SASL_JAAS_CONFIG_FILE
 * is kafka.sasl.jaas.config. Micronaut finds it by the ServiceLoader, as it finds its YAML loader.
 */
public final class SecretFilesPropertySourceLoader implements PropertySourceLoader {
    static final String NAME = "secret-files";

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        // Asked once per configuration name (application, then bootstrap, ...): answer the application's only.
        if (!Environment.DEFAULT_NAME.equals(resourceName)) {
            return Optional.empty();
        }
        return Optional.of(propertySource(System.getenv()));
    }

    /** The secrets of files of {@code environment}, named as environment variables are. */
    public static PropertySource propertySource(Map<String, String> environment) {
        return PropertySource.of(NAME, Map.<String, Object>copyOf(SecretFiles.read(environment)),
                PropertyConvention.ENVIRONMENT_VARIABLE);
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader,
                                            ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }

    /** No configuration file has this extension: the loader reads the environment, not files of its own. */
    @Override
    public Set<String> getExtensions() {
        return Set.of(NAME);
    }

    @Override
    public Map<String, Object> read(String name, InputStream input) {
        return Map.of();
    }
}
