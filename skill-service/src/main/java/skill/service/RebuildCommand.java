package skill.service;

import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import skill.calculators.CalculatorsRunner;
import skill.calculators.CalculatorsRunner.State;
import skill.calculators.CalculatorsService;
import skill.core.ConfigKeys;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Operators' rebuild of the skill calculators beside the running ones (docs/operations.md, "Rebuilding"):
 * a new generation catches up here with this process's configuration, publishing nothing, and takes
 * over when it has caught up. It keeps computing until an instance of the deployment with the same
 * formulas has joined it (the running ones do so by themselves when their formulas are these).
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true, description = {
        "Recompute the skills from match-fact-updates as a new generation beside the running calculators, "
                + "with this process's configuration (weights: SKILL_SCORING_WEIGHTS_..., see docs/configuration.md).",
        "Nothing is published while it catches up; then it takes over at once and publishes only what changed. "
                + "It returns when a running instance with the same formulas has taken its place."})
public final class RebuildCommand implements Callable<Integer> {
    private static final long REPORT_EVERY_MS = 5_000;

    @Parameters(arity = "0..*", paramLabel = "SKILL", description = "The skills of the calculators to rebuild, "
            + "as in their skill.calculators.skills (initiator, finisher, sprinter, ball-winner); default all four.")
    List<String> skills = List.of();

    @Option(names = "--bootstrap-servers", description = "Kafka brokers (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--application-id-prefix", defaultValue = CalculatorsService.DEFAULT_APPLICATION_ID_PREFIX,
            description = "skill.calculators.application-id-prefix of the calculators (default ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--state-dir", description = "Local state directory of the new generation (default: a temporary one).")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = new HashMap<>(ServiceCommand.properties(ServiceCommand.Service.calculators));
        properties.put(ConfigKeys.SPRINTS_ENABLED, false);
        properties.put(ConfigKeys.CALCULATORS_REBUILD, "now");
        properties.put(ConfigKeys.CALCULATORS_APPLICATION_ID_PREFIX, prefix);
        properties.put(ConfigKeys.CALCULATORS_SKILLS, String.join(",", skills));
        if (bootstrapServers != null) {
            properties.put(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (stateDir != null) {
            properties.put(ConfigKeys.CALCULATORS_STATE_DIR, stateDir.toString());
        }
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            CalculatorsRunner runner = context.getBean(CalculatorsService.class).runner();
            System.out.printf("Rebuilding as generation %d.%n", runner.generation());
            State reported = null;
            while (!(runner.state() == State.LIVE && runner.otherMembers() > 0) && runner.state() != State.SUPERSEDED) {
                if (runner.state() != reported) {
                    reported = runner.state();
                    System.out.printf("Generation %d: %s%n", runner.generation(), reported);
                }
                Thread.sleep(REPORT_EVERY_MS / 5);
            }
            System.out.printf("Generation %d is live; %s.%n", runner.generation(), runner.state() == State.SUPERSEDED
                    ? "a newer generation took over" : "the running calculators carry on with it");
        }
        return 0;
    }
}
