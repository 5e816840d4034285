package skill.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Paces a replay at ×speed real time by the facts' match time. Match time never runs backwards (a
 * correction carries its action's earlier time), and a pause longer than a minute (half-time, between
 * kick-offs, between matchdays) counts as one minute, so nobody waits a week for the next matchday.
 */
final class Pacer {
    private static final long MAX_PAUSE_NANOS = Duration.ofMinutes(1).toNanos();

    private final double speed;
    private Instant clock;
    private long matchNanos;
    private long startNanos;

    /** @param speed ×real time; 0 or less = as fast as possible */
    Pacer(double speed) {
        this.speed = speed;
    }

    void await(Instant at) throws InterruptedException {
        if (speed <= 0) {
            return;
        }
        if (clock == null) {
            clock = at;
            startNanos = System.nanoTime();
            return;
        }
        if (at.isAfter(clock)) {
            matchNanos += Math.min(Duration.between(clock, at).toNanos(), MAX_PAUSE_NANOS);
            clock = at;
        }
        long wait = startNanos + (long) (matchNanos / speed) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
