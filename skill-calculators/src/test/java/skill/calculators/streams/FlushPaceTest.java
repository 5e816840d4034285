package skill.calculators.streams;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FlushPaceTest {
    private final FlushPace pace = new FlushPace(Duration.ofMillis(500));

    @Test
    void liveInputFlushesEveryInterval() {
        for (long now = 10_000; now < 15_000; now += 500) {
            pace.arrived(now - 300, now - 100);
            assertThat(pace.due(now)).isTrue();
        }
    }

    @Test
    void laggingInputFlushesEveryTenIntervalsOnly() {
        int flushes = 0;
        for (long now = 10_000; now < 20_000; now += 500) {
            pace.arrived(now - 60_000, now - 1);
            flushes += pace.due(now) ? 1 : 0;
        }
        assertThat(flushes).isEqualTo(2);
    }

    @Test
    void aShortLiveIntervalStillFlushesALaggingInputEveryFiveSecondsOnly() {
        FlushPace short50 = new FlushPace(Duration.ofMillis(50));
        int flushes = 0;
        for (long now = 10_000; now < 20_000; now += 50) {
            short50.arrived(now - 60_000, now - 1);
            flushes += short50.due(now) ? 1 : 0;
        }
        assertThat(flushes).isEqualTo(2);
        short50.arrived(20_000 - 30, 20_000 - 10);
        assertThat(short50.due(20_000)).as("live again").isTrue();
    }

    @Test
    void flushesAtOnceWhenCaughtUp() {
        pace.arrived(0, 60_000);
        assertThat(pace.due(60_000)).isTrue();
        pace.arrived(500, 60_400);
        assertThat(pace.due(60_500)).isFalse();
        assertThat(pace.due(61_000)).as("no new record since the last punctuation").isTrue();
    }
}
