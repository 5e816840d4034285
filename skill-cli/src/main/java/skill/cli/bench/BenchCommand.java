package skill.cli.bench;

import picocli.CommandLine.Command;

/** Benchmarks of whole paths on a real broker; each prints a table for docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark on the embedded broker (or --bootstrap-servers) and print the numbers.",
        subcommands = {SprintsBench.class, PipelineBench.class, StreamsBench.class})
public final class BenchCommand {
}
