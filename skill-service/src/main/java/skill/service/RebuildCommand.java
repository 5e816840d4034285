package skill.service;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import skill.calculators.CalculatorReset;
import skill.calculators.CalculatorsService;
import skill.core.skills.Skill;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Operators' rebuild of the skill calculators, e.g. after changing weights. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Throw away the stopped calculators' state so they recompute everything from "
                + "match-fact-updates when they start again.", "Stop every instance of those calculators first."})
public final class RebuildCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "SKILL", description = "The skills of the calculators to rebuild, "
            + "as in their skill.calculators.skills (initiator, finisher, sprinter, ball-winner); default all four.")
    List<String> skills = List.of();

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--application-id-prefix", defaultValue = CalculatorsService.DEFAULT_APPLICATION_ID_PREFIX,
            description = "skill.calculators.application-id-prefix of the calculators (default ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--state-dir", description = "The calculators' local state directory to clear as well.")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        var chosen = CalculatorsService.chosen(skills);
        String applicationId = CalculatorsService.applicationId(prefix, chosen);
        CalculatorReset.reset(kafka.connection(), applicationId, stateDir);
        System.out.printf("Reset %s. Start the calculators again to recompute %s from match-fact-updates.%n",
                applicationId, String.join(", ", chosen.stream().map(Skill::path).toList()));
        return 0;
    }
}
