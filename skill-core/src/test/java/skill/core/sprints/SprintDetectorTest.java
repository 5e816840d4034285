package skill.core.sprints;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Boundary cases of both DFL sprint rules (contract §3), at 10, 20 and 25 Hz. */
class SprintDetectorTest {
    private static final double KMH25 = 25 / 3.6;

    record Found(long start, long end, double peak, double distance) {
    }

    /** Feeds a speed profile of {@code (durationMs, speed)} steps at the given rate, then ends the period. */
    static List<Found> detect(SprintRule rule, int hz, double... steps) {
        List<Found> found = new ArrayList<>();
        SprintDetector detector = new SprintDetector(rule);
        SprintListener out = (s, e, p, d) -> found.add(new Found(s, e, p, d));
        long step = 1000 / hz;
        long t = 0;
        for (int i = 0; i < steps.length; i += 2) {
            for (long end = t + (long) steps[i]; t < end; t += step) {
                detector.accept(t, steps[i + 1], 1, out);
            }
        }
        detector.finish(out);
        return found;
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 25})
    void exactlyTwoSecondsIsNoSprintButOneFrameMoreIs(int hz) {
        long frame = 1000 / hz;
        // samples at 0..2000 ms: 2.0 s from first to last
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, hz, 1000, 2, 2000 + frame, 7, 1000, 2)).isEmpty();
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, hz, 1000, 2, 2000 + 2 * frame, 7, 1000, 2))
                .singleElement().satisfies(f -> {
                    assertThat(f.start()).isEqualTo(1000);
                    assertThat(f.end()).isEqualTo(3000 + frame);
                    assertThat(f.peak()).isEqualTo(7);
                    assertThat(f.distance()).isCloseTo(7 * (2000 + frame) / 1000.0, within(1e-9));
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 25})
    void aPeakOfExactlyOneSecondCountsAndLessDoesNot(int hz) {
        long frame = 1000 / hz;
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, hz, 1000, 5, 1000 + frame, 6.3, 1000, 5)).hasSize(1);
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, hz, 1000, 5, 1000, 6.3, 1000, 5)).isEmpty();
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, hz, 1000, 5, 3000, 6.29, 1000, 5)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 25})
    void aDipBelowPeakSpeedButAboveFourKeepsOneSprintMeasuredFromFirstToLastPeakSample(int hz) {
        // 0.6 s at 7, 1 s at 5, 0.6 s at 7: each peak part is short, first to last peak sample is 2+ s
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, hz, 500, 4, 600, 7, 1000, 5, 600, 7, 500, 4, 1000, 1))
                .singleElement().satisfies(f -> assertThat(f.end() - f.start()).isGreaterThan(3000));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 25})
    void aDipBelowFourSplitsIntoTwoSprints(int hz) {
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, hz, 3000, 7, 200, 3.99, 3000, 7.5))
                .extracting(Found::peak).containsExactly(7.0, 7.5);
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, hz, 3000, 7, 200, 4.0, 3000, 7.5)).hasSize(1);
    }

    @Test
    void aGapInTheDataEndsTheStretch() {
        List<Found> found = new ArrayList<>();
        SprintDetector d = new SprintDetector(SprintRule.DFL_UNTIL_2024_25);
        SprintListener out = (s, e, p, dist) -> found.add(new Found(s, e, p, dist));
        for (long t = 0; t <= 1500; t += 40) {
            d.accept(t, 7, 1, out);
        }
        for (long t = 2020; t <= 3500; t += 40) { // 520 ms later: a gap, neither half lasts 2 s
            d.accept(t, 7, 1, out);
        }
        d.finish(out);
        assertThat(found).isEmpty();

        for (long t = 10_000; t <= 13_000; t += 40) {
            d.accept(t, 7, 1, out);
        }
        d.accept(13_500, 7, 1, out); // exactly 0.5 s later: still continuous
        d.finish(out);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.end()).isEqualTo(13_500));
    }

    @Test
    void theEndOfAPeriodEndsTheStretch() {
        List<Found> found = new ArrayList<>();
        SprintDetector d = new SprintDetector(SprintRule.DFL_UNTIL_2024_25);
        SprintListener out = (s, e, p, dist) -> found.add(new Found(s, e, p, dist));
        for (long t = 0; t <= 1500; t += 40) {
            d.accept(t, 7, 1, out);
        }
        for (long t = 1540; t <= 3000; t += 40) {
            d.accept(t, 7, 2, out);
        }
        d.finish(out);
        assertThat(found).isEmpty();
    }

    @Test
    void artefactsAreMissingSamples() {
        assertThat(detect(SprintRule.DFL_UNTIL_2024_25, 25, 1000, 13, 1000, 2)).isEmpty();
        // one impossible spike inside a sprint neither ends it nor becomes its peak
        List<Found> found = detect(SprintRule.DFL_UNTIL_2024_25, 25, 2000, 7, 40, 40, 2000, 7);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.peak()).isEqualTo(7));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 25})
    void newRuleNeedsAboveTwentyFiveKmhForHalfASecond(int hz) {
        long frame = 1000 / hz;
        SprintRule rule = SprintRule.DFL_FROM_2025_26;
        // samples at 0..500 ms: exactly 0.5 s counts
        assertThat(detect(rule, hz, 1000, 5, 500 + frame, KMH25 + 0.01, 1000, 5)).hasSize(1);
        assertThat(detect(rule, hz, 1000, 5, 500, KMH25 + 0.01, 1000, 5)).isEmpty();
        assertThat(detect(rule, hz, 1000, 5, 3000, KMH25, 1000, 5)).isEmpty(); // exactly 25 km/h is not above
        assertThat(detect(rule, hz, 1000, 5, 600, 7.5, 200, KMH25, 600, 7.5))
                .extracting(Found::peak).containsExactly(7.5, 7.5);
    }

    @Test
    void rulesBySeason() {
        SprintRules rules = SprintRules.defaults();
        assertThat(rules.forSeason("2024-25")).isEqualTo(SprintRule.DFL_UNTIL_2024_25);
        assertThat(rules.forSeason("2019-20")).isEqualTo(SprintRule.DFL_UNTIL_2024_25);
        assertThat(rules.forSeason("2025-26")).isEqualTo(SprintRule.DFL_FROM_2025_26);
        assertThat(rules.forSeason("2030-31")).isEqualTo(SprintRule.DFL_FROM_2025_26);
        SprintRules custom = new SprintRules("2026-27", java.util.Map.of("2023-24", SprintRule.DFL_FROM_2025_26));
        assertThat(custom.forSeason("2025-26")).isEqualTo(SprintRule.DFL_UNTIL_2024_25);
        assertThat(custom.forSeason("2023-24")).isEqualTo(SprintRule.DFL_FROM_2025_26);
        assertThat(SprintRules.parse("2026-27", " 2023-24 = DFL_FROM_2025_26 ,")).isEqualTo(custom);
        assertThat(SprintRules.parse("", null)).isEqualTo(SprintRules.defaults());
    }
}
