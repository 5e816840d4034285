package skill.calculators.streams;

import java.time.Duration;

/**
 * Receives, at each recomputation of a season, how long ago the earliest fact it reflects was
 * published: the fact-to-ranking latency the service exports as a histogram.
 */
@FunctionalInterface
public interface FactToRanking {
    FactToRanking IGNORED = latency -> { };

    void record(Duration latency);
}
