package skill.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import skill.core.codec.FactCodec;
import skill.core.model.MatchFact;
import skill.importer.FactFiles;
import skill.importer.ImportProblems;
import skill.importer.synthetic.SeasonGenerator;
import skill.testsupport.KafkaTestSupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.cli.CliRun.onTestBroker;
import static skill.cli.CliRun.run;

/** generate season writes the generator's facts; replay publishes a file and reports its bad lines; --help everywhere. */
class GenerateCommandTest {

    @Test
    void generateWritesTheSeasonAndReplayPublishesTheFileSkippingBadLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("season.ndjson.gz");
        CliRun generate = run("generate", "season", "--seed", "5", "--matchdays", "1", "--out",
                file.toString());
        assertThat(generate.exit()).as(generate.err()).isZero();
        List<MatchFact> written;
        try (Stream<MatchFact> facts = FactFiles.read(file, new ImportProblems())) {
            written = facts.toList();
        }
        assertThat(written).isEqualTo(new SeasonGenerator(5, 1).facts().toList());
        assertThat(generate.out()).contains(String.format("Wrote %,d facts of 9 matches", written.size()));

        Path withBadLine = dir.resolve("with-bad-line.ndjson");
        List<String> lines = new ArrayList<>(List.of("{\"factId\": \"no-version\"}"));
        written.stream().limit(99).map(f -> new String(FactCodec.write(f), StandardCharsets.UTF_8)).forEach(lines::add);
        Files.write(withBadLine, lines);
        String topic = KafkaTestSupport.uniquePrefix("replay-file") + "match-facts";
        KafkaTestSupport.createTopics(1, topic);

        CliRun replay = onTestBroker("replay", withBadLine.toString(), "--topic", topic);

        assertThat(replay.exit()).as("something was skipped").isEqualTo(1);
        assertThat(replay.out()).contains("Replayed 99 facts", "Skipped 1 unreadable input(s)",
                withBadLine + ":1: ");
        assertThat(KafkaTestSupport.awaitRecords(topic, read -> read.size() >= 99, Duration.ofSeconds(60)))
                .hasSize(99).allSatisfy(r -> assertThat(r.key()).startsWith("SYN-MAT-2025-26-01-"));
    }

    /** --competitions: one file of both divisions in replay order, as generated:...,competitions= replays them. */
    @Test
    void generateWritesSeveralCompetitionsInOneFileInReplayOrder(@TempDir Path dir) {
        Path file = dir.resolve("two-divisions.ndjson");
        CliRun generate = run("generate", "season", "--seed", "5", "--matchdays", "1", "--competitions", "BL1,BL2",
                "--out", file.toString());
        assertThat(generate.exit()).as(generate.err()).isZero();
        List<MatchFact> written;
        try (Stream<MatchFact> facts = FactFiles.read(file, new ImportProblems())) {
            written = facts.toList();
        }
        assertThat(written).isEqualTo(new SeasonGenerator(5, 1, SeasonGenerator.DEFAULT_SEASON, List.of("BL1", "BL2"))
                .facts().toList());
        assertThat(written).extracting(MatchFact::competition).containsOnly("BL1", "BL2");
        assertThat(generate.out()).contains(String.format("Wrote %,d facts of 18 matches in BL1, BL2", written.size()));
        String source = "generated:seed=5,matchdays=1,competitions=BL1+BL2";
        try (Stream<Replayed> replayed = ReplaySource.open(source).messages()) {
            assertThat(replayed.map(Replayed::fact)).containsExactlyElementsOf(written);
        }

        CliRun twice = run("generate", "season", "--seed", "5", "--competitions", "BL1,BL1");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("competitions must be distinct codes");
    }

    @Test
    void aMissingSourceIsNamedInTheError() {
        CliRun replay = onTestBroker("replay", "no/such/season.ndjson");
        assertThat(replay.exit()).isEqualTo(2);
        assertThat(replay.err()).contains("skill replay: No such file or folder:", "no/such/season.ndjson");
        CliRun bad = onTestBroker("replay", "generated:matchdays=2");
        assertThat(bad.err()).contains("needs a seed");
    }

    @Test
    void everyCommandHasHelp() {
        List<CommandLine> all = new ArrayList<>();
        collect(SkillCli.commandLine(), all);
        assertThat(all).extracting(CommandLine::getCommandName).contains("generate", "season", "replay", "topics",
                "tail", "dlq", "show", "import", "rebuild");
        for (CommandLine command : all) {
            String usage = command.getUsageMessage();
            assertThat(usage).as(command.getCommandName()).contains("Usage:", "--help");
        }
        CliRun help = run("replay", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("generated:seed=N", "--speed");
    }

    private static void collect(CommandLine command, List<CommandLine> out) {
        out.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, out));
    }
}
