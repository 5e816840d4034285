package skill.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skill.core.model.MatchFact;
import skill.importer.dfl.DflImporter;
import skill.importer.statsbomb.StatsBombImporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A malformed file is reported with its path and position; the rest is imported. */
class MalformedInputTest {
    private static final Path RESOURCES = Path.of("src/test/resources");

    @Test
    void aMalformedStatsBombMatchIsSkippedWithFileLineAndColumn() {
        ImportProblems problems = new ImportProblems();
        Map<String, List<MatchFact>> matches = new StatsBombImporter()
                .readAll(RESOURCES.resolve("malformed/statsbomb"), problems);

        assertThat(matches).containsOnlyKeys("1");
        assertThat(problems.skipped()).singleElement().satisfies(s -> {
            assertThat(s.what()).isEqualTo("match 2");
            assertThat(s.reason()).contains("events/2.json:5:").contains("not JSON");
        });
    }

    @Test
    void aMalformedDflMatchIsSkippedWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path good = Files.createDirectories(dir.resolve("a-good"));
        Path broken = Files.createDirectories(dir.resolve("b-broken"));
        Path fixture = RESOURCES.resolve("dfl-cumulative");
        Files.copy(fixture.resolve("fixture_matchinformation.xml"), good.resolve("fixture_matchinformation.xml"));
        Files.copy(fixture.resolve("fixture_events.xml"), good.resolve("fixture_events.xml"));
        Files.copy(fixture.resolve("fixture_matchinformation.xml"), broken.resolve("fixture_matchinformation.xml"));
        Files.copy(RESOURCES.resolve("malformed/dfl_events_broken.xml"), broken.resolve("fixture_events.xml"));

        ImportProblems problems = new ImportProblems();
        Map<String, List<MatchFact>> matches = new DflImporter().readAll(dir, problems);

        assertThat(matches).containsOnlyKeys("FIX-MAT-1");
        assertThat(problems.skipped()).singleElement().satisfies(s -> {
            assertThat(s.what()).isEqualTo("match folder " + broken);
            assertThat(s.reason()).startsWith(broken.resolve("fixture_events.xml") + ":10:")
                    .contains("not well-formed XML");
        });
    }

    @Test
    void badNdjsonLinesAreSkippedWithFileAndLine() {
        ImportProblems problems = new ImportProblems();
        Path file = RESOURCES.resolve("malformed/facts_with_bad_lines.ndjson");
        try (Stream<MatchFact> facts = FactFiles.read(file, problems)) {
            assertThat(facts.map(MatchFact::factId)).containsExactly("F1", "F3");
        }
        assertThat(problems.skipped()).extracting(ImportProblems.Skipped::what)
                .containsExactly(file + ":2", file + ":4");
        assertThat(problems.skipped().get(0).reason()).contains("xGoals");
        assertThat(problems.skipped().get(1).reason()).contains("not JSON");
    }
}
