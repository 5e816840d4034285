package skill.core;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data beside the project ({@code ../shared/data}, see its SOURCES.md), read in place and never
 * copied. Every test that reads it asks here, so that one rule decides what its absence means: the test
 * is skipped (a fresh clone), unless the environment sets {@value #REQUIRE_SWITCH}=1, as {@code .ci/run}
 * does, where it fails, so that CI cannot pass by skipping every real-data test. The root pom's surefire
 * configuration sets {@code skill.shared.dir}; without it (an IDE run in a module) it is two levels up.
 */
public final class SharedData {
    static final String REQUIRE_SWITCH = "SKILL_REQUIRE_SHARED_DATA";

    private SharedData() {
    }

    /** The file or folder under shared/data; skips the calling test when it is absent, or fails it where required. */
    public static Path require(String relative) {
        return require(relative, System.getenv(REQUIRE_SWITCH));
    }

    /** Whether the file or folder is there, for setup that prepares a test which then calls {@link #require}. */
    public static boolean present(String relative) {
        return Files.isReadable(path(relative));
    }

    static Path require(String relative, String requireSwitch) {
        Path path = path(relative);
        if (!Files.isReadable(path)) {
            String absent = "Real data " + path.toAbsolutePath() + " is absent (a clone without ../shared/data)";
            if ("1".equals(requireSwitch)) {
                Assertions.fail(absent + ", and " + REQUIRE_SWITCH + "=1 requires it: put the shared data beside"
                        + " the project (see ../shared/data/SOURCES.md) or unset " + REQUIRE_SWITCH);
            }
            Assumptions.abort(absent + ": skipped");
        }
        return path;
    }

    private static Path path(String relative) {
        String configured = System.getProperty("skill.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        return shared.resolve("data").resolve(relative).normalize();
    }
}
