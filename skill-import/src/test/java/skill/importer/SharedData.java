package skill.importer;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data beside the project ({@code ../shared/data}, see its SOURCES.md), read in place and never
 * copied. The root pom's surefire configuration sets {@code skill.shared.dir}; without it (an IDE run in
 * this module) we look two levels up, at the project's sibling {@code shared}.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The folder under shared/data; skips the calling test when it is absent (a fresh clone). */
    public static Path require(String relative) {
        String configured = System.getProperty("skill.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path folder = shared.resolve("data").resolve(relative).normalize();
        Assumptions.assumeTrue(Files.isDirectory(folder),
                "Real data " + folder + " is absent (fresh clone without ../shared): skipping");
        return folder;
    }
}
