package skill.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Credentials from files: for each secret variable X, the variable X_FILE may name a file whose content is
 * X's value (Docker's and Kubernetes' way to hand out mounted secrets, which unlike environment variables
 * show neither in {@code docker inspect} nor in the pod spec nor in a process's environment). The services
 * get them through {@link SecretFilesPropertySourceLoader}, the commands outside Micronaut through
 * {@link #environment()}.
 */
public final class SecretFiles {
    public static final String SUFFIX = "_FILE";
    /** The variables that may come from a file: the credentials and nothing else. */
    public static final List<String> SECRETS = List.of("JDBC_USERNAME", "JDBC_PASSWORD", "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_KEYSTORE_PASSWORD", "KAFKA_SSL_KEY_PASSWORD", "KAFKA_SSL_TRUSTSTORE_PASSWORD");

    private SecretFiles() {
    }

    /**
     * X for every X_FILE set in {@code environment}, read from that file without its trailing line breaks
     * (as a shell's {@code $(< file)} reads it: {@code echo secret > file} must not put a newline into a password).
     */
    public static Map<String, String> read(Map<String, String> environment) {
        Map<String, String> secrets = new TreeMap<>();
        for (String name : SECRETS) {
            String file = environment.get(name + SUFFIX);
            if (file == null || file.isBlank()) {
                continue;
            }
            if (environment.containsKey(name)) {
                // Which one wins would be a guess; an operator who set both meant one of them.
                throw new IllegalStateException("Both " + name + " and " + name + SUFFIX + " are set: set only one");
            }
            try {
                secrets.put(name, Files.readString(Path.of(file), StandardCharsets.UTF_8).replaceFirst("[\r\n]+$", ""));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name + SUFFIX + "=" + file + ": " + e, e);
            }
        }
        return secrets;
    }

    /** The process's environment with the secrets of files filled in. */
    public static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(read(System.getenv()));
        return environment;
    }
}
