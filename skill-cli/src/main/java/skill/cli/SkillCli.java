package skill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import skill.service.DlqCommand;
import skill.service.RebuildCommand;
import skill.service.RepublishCommand;
import skill.service.ServiceCli;
import skill.service.ServiceCommand;
import skill.service.TopicsCommand;

/**
 * The one command line of Skill: run the system or one service, feed it data, look at its topics. The
 * services' image carries only the commands of skill-service (ServiceCli).
 */
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

    static CommandLine commandLine() {
        return ServiceCli.commandLine(new SkillCli());
    }
}
