package skill.runtime;

import org.slf4j.Logger;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The warnings about rejected messages, for the dispatcher's facts and the sprint detector's frames:
 * at most one per {@link #INTERVAL}, telling how many rejections were left out since the last one, so
 * that a flood of bad input cannot flood the log (the metric still counts every rejection, and every
 * rejection is in the dead-letter topic with its reason). The reason is escaped ({@link Printable}): it
 * may quote the input, which must not forge log lines.
 */
public final class RejectionLog {
    public static final Duration INTERVAL = Duration.ofSeconds(10);
    private final Logger log;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private boolean warned;
    private long lastWarning;
    private long leftOut;

    public RejectionLog(Logger log) {
        this(log, INTERVAL, System::nanoTime);
    }

    RejectionLog(Logger log, Duration interval, LongSupplier nanoTime) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Synchronized: a Kafka Streams app's stream threads share one. */
    public synchronized void rejected(String topic, int partition, long offset, String reason) {
        long now = nanoTime.getAsLong();
        if (warned && now - lastWarning < intervalNanos) {
            leftOut++;
            return;
        }
        log.warn("Rejected {}-{}@{} to the dead-letter topic: {}{}", topic, partition, offset, Printable.escape(reason),
                leftOut == 0 ? "" : " (and " + leftOut + " more since the last warning, not logged)");
        warned = true;
        lastWarning = now;
        leftOut = 0;
    }
}
