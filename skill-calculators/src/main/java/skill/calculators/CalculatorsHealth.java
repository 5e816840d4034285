package skill.calculators;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import org.apache.kafka.streams.KafkaStreams;
import skill.core.ConfigKeys;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * /health: UP while the skills' Kafka Streams app, and the sprint detector's, is running or rebalancing;
 * with the skills' generation and its state. An instance whose generation was superseded computes
 * nothing and is UP (restarting it would not help); one refused by the live generation's formulas is DOWN.
 */
@Singleton
@Requires(property = ConfigKeys.CALCULATORS_ENABLED, notEquals = "false")
public class CalculatorsHealth extends AbstractHealthIndicator<Map<String, String>> {
    private final CalculatorsService calculators;
    private final Optional<SprintDetectionService> sprints;

    public CalculatorsHealth(CalculatorsService calculators, Optional<SprintDetectionService> sprints) {
        this.calculators = calculators;
        this.sprints = sprints;
    }

    @Override
    protected Map<String, String> getHealthInformation() {
        Map<String, String> states = new TreeMap<>();
        CalculatorsRunner runner = calculators.runner();
        states.put("skills-generation", runner.generation() + " " + runner.state());
        boolean up = runner.state() != CalculatorsRunner.State.REFUSED;
        Map<String, KafkaStreams> apps = new TreeMap<>();
        Optional.ofNullable(runner.streams()).ifPresent(streams -> apps.put("skills", streams));
        sprints.ifPresent(detector -> apps.put("sprint-detector", detector.streams()));
        for (var entry : apps.entrySet()) {
            KafkaStreams.State state = entry.getValue().state();
            states.put(entry.getKey(), state.name());
            up &= state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED;
        }
        healthStatus = up ? HealthStatus.UP : HealthStatus.DOWN;
        return states;
    }

    @Override
    protected String getName() {
        return "calculators";
    }
}
