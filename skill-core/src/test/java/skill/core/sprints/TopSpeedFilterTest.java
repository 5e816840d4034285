package skill.core.sprints;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopSpeedFilterTest {

    @Test
    void topSpeedIsTheSpeedHeldOverTheWindow() {
        TopSpeedFilter filter = new TopSpeedFilter();
        double[] speeds = {9.0, 9.2, 9.35, 9.5, 9.6, 9.7, 9.75, 9.7, 9.6, 9.5};
        for (int i = 0; i < speeds.length; i++) {
            filter.accept(i * 40L, speeds[i], 1);
        }
        // the best 200 ms windows (six samples at 25 Hz) hold 9.5; the single 9.75 sample is no top speed
        assertThat(filter.topSpeed()).isEqualTo(9.5);
    }

    @Test
    void spikesImpossibleSpeedsAndShortRunsSetNoTopSpeed() {
        TopSpeedFilter filter = new TopSpeedFilter();
        for (long t = 0; t <= 2000; t += 40) {
            double speed = t == 1000 ? 10.9 : t == 1400 ? 14 : 7;
            filter.accept(t, speed, 1);
        }
        assertThat(filter.topSpeed()).isEqualTo(7);
        filter.accept(3000, 11, 1); // after a gap: a new run, too short to count
        filter.accept(3040, 11, 1);
        assertThat(filter.topSpeed()).isEqualTo(7);
    }

    @Test
    void aRealRecordSprintCounts() {
        TopSpeedFilter filter = new TopSpeedFilter();
        for (long t = 0; t <= 4000; t += 40) {
            filter.accept(t, Math.min(10.18, 4 + t * 0.004), 1); // 4 m/s², up to 36.65 km/h
        }
        assertThat(filter.topSpeed()).isEqualTo(10.18);
    }
}
