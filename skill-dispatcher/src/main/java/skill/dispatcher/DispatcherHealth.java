package skill.dispatcher;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import skill.core.ConfigKeys;

import java.util.Map;

/**
 * /health: DOWN while the dispatcher backs off after a failed session (broker or database away),
 * with the reason; it retries by itself and turns UP again once a poll and its batch succeed.
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
        return failure.map(reason -> Map.of("state", "retrying", "lastError", reason))
                .orElse(Map.of("state", "consuming"));
    }

    @Override
    protected String getName() {
        return "dispatcher";
    }
}
