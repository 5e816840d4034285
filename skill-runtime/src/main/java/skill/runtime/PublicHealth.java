package skill.runtime;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Publisher;
import skill.core.ConfigKeys;

/**
 * GET /health on the public port, for load balancers: the status alone ({"status":"UP"}, 503 when
 * DOWN, by Micronaut's HealthResultFilter). Exists only while the management endpoints have their own
 * port ({@value ConfigKeys#MANAGEMENT_PORT}); there /health answers with every indicator's details.
 */
@Controller("/health")
@Requires(property = ConfigKeys.MANAGEMENT_PORT)
@Requires(beans = HealthEndpoint.class)
public class PublicHealth {
    private final HealthAggregator<HealthResult> aggregator;
    private final HealthIndicator[] indicators;

    public PublicHealth(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators) {
        this.aggregator = aggregator;
        this.indicators = indicators;
    }

    @Get
    @SingleResult
    public Publisher<HealthResult> health() {
        return aggregator.aggregate(indicators, HealthLevelOfDetail.STATUS);
    }
}
