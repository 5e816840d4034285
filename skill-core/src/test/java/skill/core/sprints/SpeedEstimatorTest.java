package skill.core.sprints;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpeedEstimatorTest {
    record Speed(long at, double speed, int period) {
    }

    @Test
    void constantSpeedWithJitterAndDroppedFramesComesOutClose() {
        List<Speed> speeds = new ArrayList<>();
        SpeedEstimator estimator = new SpeedEstimator();
        Random random = new Random(7);
        for (long t = 0; t <= 10_000; t += 40) {
            if (random.nextInt(10) == 0) {
                continue; // a dropped frame
            }
            double x = 7.0 * t / 1000 + random.nextGaussian() * 0.03;
            estimator.accept(t, x, random.nextGaussian() * 0.03, 1, (at, v, p) -> speeds.add(new Speed(at, v, p)));
        }
        estimator.finish((at, v, p) -> speeds.add(new Speed(at, v, p)));
        assertThat(speeds).hasSizeGreaterThan(200);
        assertThat(speeds).isSortedAccordingTo((a, b) -> Long.compare(a.at(), b.at()));
        assertThat(speeds).allSatisfy(s -> assertThat(s.speed()).isCloseTo(7.0, within(0.5)));
    }

    @Test
    void aPeriodChangeOrGapStartsANewSegmentAndALoneSampleHasNoSpeed() {
        List<Speed> speeds = new ArrayList<>();
        SpeedListener out = (at, v, p) -> speeds.add(new Speed(at, v, p));
        SpeedEstimator estimator = new SpeedEstimator();
        for (long t = 0; t <= 1000; t += 100) {
            estimator.accept(t, t / 100.0, 0, 1, out); // 10 m/s
        }
        estimator.accept(1100, 50, 0, 2, out);         // alone in period 2, then a gap
        for (long t = 2000; t <= 3000; t += 100) {
            estimator.accept(t, 0, t / 500.0, 2, out);  // 2 m/s
        }
        estimator.finish(out);
        assertThat(speeds).hasSize(22);
        assertThat(speeds.subList(0, 11)).allSatisfy(s -> {
            assertThat(s.speed()).isCloseTo(10, within(1e-9));
            assertThat(s.period()).isEqualTo(1);
        });
        assertThat(speeds.subList(11, 22)).allSatisfy(s -> assertThat(s.speed()).isCloseTo(2, within(1e-9)));
    }

    @Test
    void anAccelerationShowsWithinTheWindow() {
        List<Speed> speeds = new ArrayList<>();
        SpeedEstimator estimator = new SpeedEstimator();
        double x = 0;
        for (long t = 0; t <= 4000; t += 40) {
            x += (t < 2000 ? 2 : 8) * 0.04;
            estimator.accept(t, x, 0, 1, (at, v, p) -> speeds.add(new Speed(at, v, p)));
        }
        estimator.finish((at, v, p) -> speeds.add(new Speed(at, v, p)));
        assertThat(speeds.stream().filter(s -> s.at() <= 1760)).allSatisfy(s -> assertThat(s.speed()).isCloseTo(2, within(1e-9)));
        assertThat(speeds.stream().filter(s -> s.at() >= 2240)).allSatisfy(s -> assertThat(s.speed()).isCloseTo(8, within(1e-9)));
    }
}
