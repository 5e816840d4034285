package skill.dispatcher;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;

/** Counters of what the dispatcher did with each fact (skill.dispatcher.facts{outcome}) and its failures. */
final class DispatchMetrics {
    private final Map<StoreOutcome.Kind, Counter> outcomes = new EnumMap<>(StoreOutcome.Kind.class);
    private final Counter rejected;
    private final Counter failures;

    DispatchMetrics(MeterRegistry registry) {
        for (StoreOutcome.Kind k : StoreOutcome.Kind.values()) {
            outcomes.put(k, registry.counter("skill.dispatcher.facts", "outcome", k.name().toLowerCase()));
        }
        rejected = registry.counter("skill.dispatcher.facts", "outcome", "rejected");
        failures = registry.counter("skill.dispatcher.failures");
    }

    void outcome(StoreOutcome.Kind kind) {
        outcomes.get(kind).increment();
    }

    void rejected(int count) {
        rejected.increment(count);
    }

    void failure() {
        failures.increment();
    }
}
