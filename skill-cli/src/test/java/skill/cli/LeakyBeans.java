package skill.cli;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

/** A health indicator and an endpoint that fail as a driver might, naming what must stay secret. */
final class LeakyBeans {
    static final String ENABLED = "test.leaky-beans";
    static final String SECRET = "password=hunter2 host=db.internal.example";

    private LeakyBeans() {
    }

    @Singleton
    @Requires(property = ENABLED)
    static class Health extends AbstractHealthIndicator<Object> {
        @Override
        protected Object getHealthInformation() {
            throw new IllegalStateException("FATAL: connection failed: " + SECRET);
        }

        @Override
        protected String getName() {
            return "leaky";
        }
    }

    @Controller("/api/v1/leaky")
    @Requires(property = ENABLED)
    static class Endpoint {
        @Get
        String fail() {
            throw new IllegalStateException("FATAL: connection failed: " + SECRET);
        }
    }
}
