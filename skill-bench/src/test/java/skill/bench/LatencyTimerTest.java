package skill.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyTimerTest {
    private static final String PROMETHEUS = """
            # HELP skill_calculators_fact_to_ranking_seconds From a fact's publish to the recomputed ranking
            # TYPE skill_calculators_fact_to_ranking_seconds histogram
            skill_calculators_fact_to_ranking_seconds_bucket{skill="finisher",le="0.1"} 50
            skill_calculators_fact_to_ranking_seconds_bucket{skill="finisher",le="0.5"} 99
            skill_calculators_fact_to_ranking_seconds_bucket{skill="finisher",le="+Inf"} 100
            skill_calculators_fact_to_ranking_seconds_count{skill="finisher"} 100
            skill_calculators_fact_to_ranking_seconds_bucket{le="0.1",skill="sprinter"} 0
            skill_calculators_fact_to_ranking_seconds_bucket{le="0.5",skill="sprinter"} 10
            skill_calculators_fact_to_ranking_seconds_bucket{le="+Inf",skill="sprinter"} 100
            skill_calculators_fact_to_ranking_seconds_bucket{skill="initiator",le="+Inf"} 0
            """;

    @Test
    void percentilesAreTheUpperBoundsOfTheBucketsHoldingThemPerSkillAndForAll() {
        Map<String, double[]> p = LatencyTimer.percentiles(PROMETHEUS);

        assertThat(p.keySet()).containsExactly("all", "finisher", "sprinter"); // initiator recorded nothing
        assertThat(p.get("finisher")).containsExactly(100, 100, 500);
        assertThat(p.get("sprinter")).containsExactly(100, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        // All: 50 + 0 at 0.1 s, 99 + 10 at 0.5 s, 200 in all: rank 100 at 0.5 s, rank 198 only at +Inf.
        assertThat(p.get("all")).containsExactly(200, 500, Double.POSITIVE_INFINITY);
    }

    @Test
    void nothingRecordedIsEmpty() {
        assertThat(LatencyTimer.percentiles("")).isEmpty();
    }
}
