package skill.dispatcher;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import skill.core.ConfigKeys;

import java.util.Map;

/**
 * /health: DOWN while the dispatcher backs off after a failed session (broker or database away), with
 * the retry delay; the reason is in the log, as a driver's or the broker's message may name hosts and
 * users. It retries by itself and turns UP again once a poll and its batch succeed.
 */
@Singleton
@Requires(property = ConfigKeys.DISPATCHER_ENABLED, notEquals = "false")
public class DispatcherHealth extends AbstractHealthIndicator<Map<String, String>> {
    private final DispatcherService service;

    public DispatcherHealth(DispatcherService service) {
        this.service = service;
    }

    @Override
    protected Map<String, String> getHealthInformation() {
        var failure = service.dispatcher().failure();
        healthStatus = failure.isPresent() ? HealthStatus.DOWN : HealthStatus.UP;
        return failure.map(retrying -> Map.of("state", retrying))
                .orElse(Map.of("state", "consuming"));
    }

    @Override
    protected String getName() {
        return "dispatcher";
    }
}
