package skill.calculators.streams;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;

import java.time.Duration;

/**
 * When a processor's wall-clock punctuation flushes its dirty keys. Live, every interval. While the
 * input lags (a backfill, a rebuild, a restart with a backlog), a flush recomputes matches and seasons
 * that the very next records change again, and its cost is per wall-clock interval, not per fact:
 * the slower the machine, the more of them per fact. So while the latest record is older than
 * {@link #LAGGING} intervals (at least 2 s), it flushes only every {@link #LONGEST} intervals (at
 * least 5 s, so a short live interval does not make a backlog's flushes frequent) — and at once when
 * a punctuation finds no new input (caught up). Timing only: what is computed stays the same.
 */
final class FlushPace {
    static final int LAGGING = 4;
    static final int LONGEST = 10;
    private final long lagging;
    private final long longest;
    private long lastFlush;
    private long lag;
    private boolean input;

    /** Schedules {@code flush} on the context's wall clock every interval, paced. */
    static FlushPace schedule(ProcessingContext context, Duration interval, Runnable flush) {
        FlushPace pace = new FlushPace(interval);
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, now -> {
            if (pace.due(now)) {
                flush.run();
            }
        });
        return pace;
    }

    FlushPace(Duration interval) {
        this.lagging = Math.max(2_000, LAGGING * interval.toMillis());
        this.longest = Math.max(5_000, LONGEST * interval.toMillis());
    }

    /** The longest pause between two flushes while the input lags. */
    Duration longest() {
        return Duration.ofMillis(longest);
    }

    /** A record stamped {@code timestamp} arrives at wall-clock time {@code now}. */
    void arrived(long timestamp, long now) {
        input = true;
        lag = now - timestamp;
    }

    /** At a punctuation: whether to flush now. */
    boolean due(long now) {
        boolean due = !input || lag < lagging || now - lastFlush >= longest;
        input = false;
        if (due) {
            lastFlush = now;
        }
        return due;
    }
}
