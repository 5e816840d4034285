package skill.service;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' image carries skill-service.jar: the services without the embedded broker, the PostgreSQL
 * binaries (four platforms, 83 MB of skill.jar) or the benchmark harness, and RocksDB's native library only
 * for glibc Linux, the image's platform.
 */
class ServiceJarIT {
    private static final File JAR = new File(System.getProperty("skill.service.jar", "target/skill-service.jar"));
    private static final long MAX_BYTES = 100L * 1024 * 1024;

    @Test
    void holdsTheServicesAndNothingEmbedded() throws IOException {
        assertThat(JAR.length()).as("%s bytes", JAR.length()).isPositive().isLessThanOrEqualTo(MAX_BYTES);
        try (JarFile jar = new JarFile(JAR)) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("skill/service/ServiceCli.class", "skill/dispatcher/DispatcherService.class",
                    "skill/calculators/CalculatorsService.class", "application.yml", "logback.xml");
            assertThat(names).noneMatch(n -> n.startsWith("skill/embedded/") || n.startsWith("skill/cli/")
                    || n.startsWith("skill/bench/") || n.startsWith("kafka/server/") || n.startsWith("io/zonky/")
                    || n.startsWith("postgres-") || n.endsWith(".txz"));
            assertThat(names).contains("librocksdbjni-linux64.so", "librocksdbjni-linux-aarch64.so")
                    .noneMatch(n -> n.startsWith("librocksdbjni-") && (n.contains("-osx-") || n.contains("-win")
                            || n.contains("-musl") || n.contains("linux32")));
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(ServiceCli.class.getName());
        }
    }
}
