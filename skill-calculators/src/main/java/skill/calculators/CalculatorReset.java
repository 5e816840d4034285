package skill.calculators;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import skill.runtime.KafkaConnection;
import skill.runtime.TopicProvisioner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Throws away one calculator's derived state so that it recomputes everything from
 * match-fact-updates when it starts again: its internal changelog and repartition topics, its
 * consumer group (so it reads from the beginning) and its local state directory. The calculator
 * must be stopped; its output topics keep their messages and are overwritten by the recomputation.
 */
public final class CalculatorReset {
    private static final Logger LOG = LoggerFactory.getLogger(CalculatorReset.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private CalculatorReset() {
    }

    /** A crashed member stays in the group until its session times out, so wait for it a while. */
    private static void deleteGroup(Admin admin, String group) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                admin.deleteConsumerGroups(List.of(group)).all().get();
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    return;
                }
                if (!(e.getCause() instanceof GroupNotEmptyException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Cannot reset " + group + ": stop every instance of the "
                            + "calculator first (" + e.getCause().getMessage() + ")", e);
                }
                Thread.sleep(1000);
            }
        }
    }

    public static void reset(KafkaConnection kafka, String applicationId, Path stateDir)
            throws ExecutionException, InterruptedException, IOException {
        try (Admin admin = Admin.create(kafka.config())) {
            List<String> internal = admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith(applicationId + "-")
                            && (t.endsWith("-changelog") || t.endsWith("-repartition"))
                            // not those of its generations ({applicationId}-g{N}), which have their own
                            && !t.substring(applicationId.length() + 1).matches("g\\d+-.*"))
                    .sorted().toList();
            TopicProvisioner.delete(admin, internal);
            deleteGroup(admin, applicationId);
            LOG.info("Reset {}: deleted topics {} and its consumer group", applicationId, internal);
        }
        Path local = stateDir == null ? null : stateDir.resolve(applicationId);
        if (local != null && Files.exists(local)) {
            try (Stream<Path> files = Files.walk(local)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            LOG.info("Reset {}: deleted local state {}", applicationId, local);
        }
    }
}
