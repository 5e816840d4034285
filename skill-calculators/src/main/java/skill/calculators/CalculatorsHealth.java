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

/** /health: UP while the skills' Kafka Streams app, and the sprint detector's, is running or rebalancing. */
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
        boolean up = true;
        Map<String, KafkaStreams> apps = new TreeMap<>(Map.of("skills", calculators.streams()));
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
