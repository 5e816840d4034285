package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import skill.importer.FactFiles;
import skill.importer.synthetic.SeasonGenerator;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Synthetic data for demos, load tests and replays. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate synthetic data.",
        subcommands = GenerateCommand.Season.class)
class GenerateCommand {

    @Command(name = "season", mixinStandardHelpOptions = true, description = {
            "Write a synthetic season as NDJSON facts in replay order: 18 clubs, 34 matchdays of 9 matches, about "
                    + "1,300 facts per match (see docs/importers.md). The same seed gives the same bytes."})
    static class Season implements Callable<Integer> {
        @Option(names = "--seed", required = true, description = "Random seed.")
        long seed;

        @Option(names = "--matchdays", defaultValue = "34", description = "Matchdays 1..34 (default ${DEFAULT-VALUE}).")
        int matchdays;

        @Option(names = "--season", defaultValue = SeasonGenerator.DEFAULT_SEASON,
                description = "Season YYYY-YY (default ${DEFAULT-VALUE}).")
        String season;

        @Option(names = "--out", description = "File to write (gzip when it ends in .gz); default: standard output.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            SeasonGenerator generator = new SeasonGenerator(seed, matchdays, season);
            if (out != null) {
                long n = FactFiles.write(generator.facts(), out);
                spec.commandLine().getOut().printf("Wrote %,d facts of %d matches to %s.%n", n,
                        generator.fixtures().count(), out);
            } else {
                // Standard output stays open; only the facts go there.
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                FactFiles.write(generator.facts(), stdout);
            }
            return 0;
        }
    }
}
