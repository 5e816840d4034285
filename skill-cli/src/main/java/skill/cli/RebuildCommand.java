package skill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import skill.calculators.CalculatorReset;
import skill.core.skills.Skill;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Operators' rebuild of one skill calculator, e.g. after changing its weights. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Throw away one stopped calculator's state so it recomputes everything from "
                + "match-fact-updates when it starts again.", "Stop every instance of that calculator first."})
class RebuildCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "initiator, finisher, sprinter or ball-winner")
    String skill;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--application-id-prefix", defaultValue = "skill-calculator",
            description = "skill.calculators.application-id-prefix of the calculators (default ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--state-dir", description = "The calculator's local state directory to clear as well.")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        Skill s = Skill.fromPath(skill).orElseThrow(() -> new IllegalArgumentException("Unknown skill '" + skill
                + "'; known are initiator, finisher, sprinter, ball-winner"));
        String applicationId = prefix + "-" + s.path();
        CalculatorReset.reset(kafka.connection(), applicationId, stateDir);
        System.out.printf("Reset %s. Start the calculator again to recompute %s from match-fact-updates.%n",
                applicationId, s.path());
        return 0;
    }
}
