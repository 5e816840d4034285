package skill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one command line of Skill: run the system, run one service, replay demo data. */
@Command(name = "skill", mixinStandardHelpOptions = true, version = "skill 0.1.0",
        description = "Real-time football skill rankings on Kafka and PostgreSQL.",
        subcommands = {RunCommand.class, DemoCommand.class, ServiceCommand.class, ImportCommand.class,
                RebuildCommand.class, TopicsCommand.class})
public final class SkillCli {

    public static void main(String[] args) {
        int exit = new CommandLine(new SkillCli()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
