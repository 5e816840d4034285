package skill.service;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the services' image (skill-service.jar): one service, and the operators' commands that
 * need only the cluster — topic creation, tails, dead letters, a rebuild. No embedded broker or database:
 * those, and the data tools, are skill.jar's (skill-cli).
 */
@Command(name = "skill", mixinStandardHelpOptions = true, version = "skill 0.1.0",
        description = "Run one Skill service against Kafka and PostgreSQL, or operate its topics.",
        subcommands = {ServiceCommand.class, TopicsCommand.class, DlqCommand.class, RebuildCommand.class,
                RepublishCommand.class})
public final class ServiceCli {

    public static void main(String[] args) {
        int exit = commandLine(new ServiceCli()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * The command line of a root command (this one, skill.jar's or the benchmarks'); a failure prints its
     * message (which names the file and position, the topic or the option that failed) instead of a stack
     * trace, and exits with 2.
     */
    public static CommandLine commandLine(Object root) {
        return new CommandLine(root).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + (e.getMessage() == null ? e : e.getMessage()));
            cmd.getErr().flush();
            return 2;
        });
    }
}
