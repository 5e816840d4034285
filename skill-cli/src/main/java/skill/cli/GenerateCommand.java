package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import skill.importer.FactFiles;
import skill.importer.FrameFiles;
import skill.importer.synthetic.League;
import skill.importer.synthetic.SeasonGenerator;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Synthetic data for demos, load tests and replays. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate synthetic data.",
        subcommands = GenerateCommand.Season.class)
class GenerateCommand {

    @Command(name = "season", mixinStandardHelpOptions = true, description = {
            "Write a synthetic season as NDJSON facts in replay order: 18 clubs, 34 matchdays of 9 matches, about "
                    + "1,300 facts per match (see docs/importers.md). The same seed gives the same bytes.",
            "With --competitions BL1,BL2, one such league per competition in the same file, their matchdays on the "
                    + "same weekends and interleaved by time; at the winter break two players per lower division "
                    + "move up on loan.",
            "With --tracking, also the matches' tracking frames (25 Hz: the players on the pitch by the facts' "
                    + "lineups, substitutions and clock) as NDJSON frames, for replay <facts> --frames <file>."})
    static class Season implements Callable<Integer> {
        @Option(names = "--seed", required = true, description = "Random seed.")
        long seed;

        @Option(names = "--matchdays", defaultValue = "34", description = "Matchdays 1..34 (default ${DEFAULT-VALUE}).")
        int matchdays;

        @Option(names = "--season", defaultValue = SeasonGenerator.DEFAULT_SEASON,
                description = "Season YYYY-YY (default ${DEFAULT-VALUE}).")
        String season;

        @Option(names = "--competitions", split = ",", defaultValue = League.DEFAULT_COMPETITION,
                paramLabel = "CODE", description = "Competitions, top division first, each with its own clubs and "
                + "players (ids of any but BL1 carry the code, e.g. SYN-BL2-PLR-0109); default ${DEFAULT-VALUE}.")
        List<String> competitions;

        @Option(names = "--out", description = "File to write (gzip when it ends in .gz); default: standard output.")
        Path out;

        @Option(names = "--tracking", paramLabel = "FILE", description = "Also write tracking frames (contract §2) "
                + "to FILE (gzip when it ends in .gz), matchday by matchday, the matches interleaved by time. A whole "
                + "match at 25 Hz is ~146,000 frames, ~290 MB of JSON (~21 MB gzipped, ~25 s to make): see --tracking-matchdays.")
        Path tracking;

        @Option(names = "--tracking-matchdays", defaultValue = "1", paramLabel = "K",
                description = "Frames only for the first K matchdays, 0..--matchdays (default ${DEFAULT-VALUE}).")
        int trackingMatchdays;

        @Option(names = "--tracking-hz", defaultValue = "25", paramLabel = "HZ",
                description = "Frames per second, 1..50 (default ${DEFAULT-VALUE}).")
        int trackingHz;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            SeasonGenerator generator = new SeasonGenerator(seed, matchdays, season, competitions);
            if (tracking != null && (trackingMatchdays < 0 || trackingMatchdays > matchdays)) {
                throw new ParameterException(spec.commandLine(), "--tracking-matchdays must be 0.." + matchdays
                        + ", was " + trackingMatchdays);
            }
            if (out != null) {
                long n = FactFiles.write(generator.facts(), out);
                spec.commandLine().getOut().printf("Wrote %,d facts of %d matches in %s to %s.%n", n,
                        generator.fixtures().count(), String.join(", ", competitions), out);
            } else {
                // Standard output stays open; only the facts go there.
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                FactFiles.write(generator.facts(), stdout);
            }
            if (tracking != null) {
                long n = FrameFiles.write(generator.tracking(trackingMatchdays, trackingHz), tracking);
                (out != null ? spec.commandLine().getOut() : spec.commandLine().getErr()).printf(
                        "Wrote %,d frames (%d Hz) of %d matches to %s.%n", n, trackingHz,
                        generator.fixtures().filter(f -> f.matchday() <= trackingMatchdays).count(),
                        tracking);
            }
            return 0;
        }
    }
}
