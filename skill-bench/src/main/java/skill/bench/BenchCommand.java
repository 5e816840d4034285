package skill.bench;

import picocli.CommandLine.Command;
import skill.service.ServiceCli;

/**
 * Benchmarks of whole paths on a real broker; each prints a table for docs/benchmarks.md. A jar of its own
 * (skill-bench.jar), so the harness is no part of what is deployed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "skill-bench 0.1.0",
        description = "Run a benchmark on the embedded broker (or --bootstrap-servers) and print the numbers.",
        subcommands = {SprintsBench.class, PipelineBench.class, StreamsBench.class})
public final class BenchCommand {

    public static void main(String[] args) {
        int exit = ServiceCli.commandLine(new BenchCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
