package skill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one command line of Skill: run the system or one service, feed it data, look at its topics. */
@Command(name = "skill", mixinStandardHelpOptions = true, version = "skill 0.1.0",
        description = "Real-time football skill rankings on Kafka and PostgreSQL.",
        subcommands = {RunCommand.class, DemoCommand.class, ServiceCommand.class, ImportCommand.class,
                RebuildCommand.class, RepublishCommand.class, XPassCommand.class, GenerateCommand.class,
                ReplayCommand.class, TopicsCommand.class, DlqCommand.class})
public final class SkillCli {

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * The command line; a failure prints its message (which names the file and position, the topic or the
     * option that failed) instead of a stack trace, and exits with 2.
     */
    static CommandLine commandLine() {
        return commandLine(new SkillCli());
    }

    /** The same for another root command (the benchmark harness's). */
    public static CommandLine commandLine(Object command) {
        return new CommandLine(command).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + (e.getMessage() == null ? e : e.getMessage()));
            cmd.getErr().flush();
            return 2;
        });
    }
}
