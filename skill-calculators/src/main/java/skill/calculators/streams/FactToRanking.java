package skill.calculators.streams;

import java.time.Duration;

/**
 * Receives, for every fact a ranking counted, how long ago it was published when its season was
 * ranked: the fact-to-ranking latency the service exports as a histogram.
 */
@FunctionalInterface
public interface FactToRanking {
    FactToRanking IGNORED = latency -> { };

    void record(Duration latency);
}
