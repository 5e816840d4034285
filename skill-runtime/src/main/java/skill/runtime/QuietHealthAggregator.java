package skill.runtime;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Micronaut's aggregation, without the texts of exceptions: a failing indicator's "error" detail
 * (class and message, which from a driver or the broker may name hosts, users or worse) is replaced by
 * a pointer to the log, where HealthResult.Builder already wrote it; and a result named by a URL
 * (JDBC's) loses the URL's query, which may carry credentials.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
@Requires(beans = HealthEndpoint.class)
public class QuietHealthAggregator extends DefaultHealthAggregator {
    static final String ERROR = "error";
    static final String ERROR_SHOWN = "failed; the reason is in the service's log";

    public QuietHealthAggregator(ApplicationConfiguration applicationConfiguration) {
        super(applicationConfiguration);
    }

    @Override
    protected Object aggregateDetails(List<HealthResult> results) {
        return super.aggregateDetails(results.stream().map(QuietHealthAggregator::quiet).toList());
    }

    private static HealthResult quiet(HealthResult result) {
        String name = result.getName();
        Object details = result.getDetails();
        if (details instanceof Map<?, ?> map && map.containsKey(ERROR)) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.put(ERROR, ERROR_SHOWN);
            details = copy;
        }
        if (name != null && name.indexOf('?') >= 0) {
            name = name.substring(0, name.indexOf('?'));
        }
        return HealthResult.builder(name, result.getStatus()).details(details).build();
    }
}
