package skill.core.sprints;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Finds one player's sprints in a stream of speed samples, under one {@link SprintRule}.
 * Time based, so any sampling rate works. Samples more than {@link #MAX_GAP_MS} apart, a change of
 * period and {@link #finish} end a stretch. Implausible samples (above {@link TopSpeedFilter#MAX_SPEED},
 * negative, NaN) and samples not after the previous one are treated as missing.
 * Mutable and not thread safe; allocates nothing per sample.
 */
public final class SprintDetector {
    /** Samples further apart than this are a gap in the data (contract §3). */
    public static final long MAX_GAP_MS = 500;
    private static final long NONE = Long.MIN_VALUE;

    private final SprintRule rule;
    private long lastAt = NONE;
    private int lastPeriod;
    private boolean open;
    private long startedAt;
    private long endedAt;
    private double endSpeed;
    private double peakSpeed;
    private double distance;
    private long peakFrom = NONE;
    private long peakTo;

    public SprintDetector(SprintRule rule) {
        this.rule = rule;
    }

    public SprintRule rule() {
        return rule;
    }

    /** Feeds one sample: time in epoch ms, speed in m/s, period of play. */
    public void accept(long at, double speed, int period, SprintListener out) {
        if (!(speed >= 0 && speed <= TopSpeedFilter.MAX_SPEED) || (lastAt != NONE && at <= lastAt && period == lastPeriod)) {
            return;
        }
        if (open && (period != lastPeriod || at - lastAt > MAX_GAP_MS)) {
            close(out);
        }
        lastAt = at;
        lastPeriod = period;
        if (!rule.inStretch(speed)) {
            if (open) {
                close(out);
            }
            return;
        }
        if (open) {
            distance += (speed + endSpeed) * 0.5 * (at - endedAt) / 1000.0;
            peakSpeed = Math.max(peakSpeed, speed);
        } else {
            open = true;
            startedAt = at;
            peakSpeed = speed;
            distance = 0;
            peakFrom = NONE;
        }
        endedAt = at;
        endSpeed = speed;
        if (rule.atPeak(speed)) {
            if (peakFrom == NONE) {
                peakFrom = at;
            }
            peakTo = at;
        }
    }

    /** Ends the open stretch, e.g. at the end of a period or when the player leaves. */
    public void finish(SprintListener out) {
        if (open) {
            close(out);
        }
        lastAt = NONE;
    }

    /** The time of the latest accepted sample, or {@link Long#MIN_VALUE} when none. */
    public long lastAt() {
        return lastAt;
    }

    /**
     * Whether every sprint starting at or before {@code at} has been emitted: a sample at or after it
     * was accepted and no open stretch started at or before it.
     */
    public boolean settledUpTo(long at) {
        return lastAt != NONE && lastAt >= at && !(open && startedAt <= at);
    }

    /** The period of the latest accepted sample; during a listener call, the sprint's period. */
    public int period() {
        return lastPeriod;
    }

    private void close(SprintListener out) {
        open = false;
        long peakMs = peakFrom == NONE ? -1 : peakTo - peakFrom;
        if (rule.isSprint(endedAt - startedAt, peakMs)) {
            out.sprint(startedAt, endedAt, peakSpeed, distance);
        }
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeUTF(rule.name());
        out.writeLong(lastAt);
        out.writeInt(lastPeriod);
        out.writeBoolean(open);
        out.writeLong(startedAt);
        out.writeLong(endedAt);
        out.writeDouble(endSpeed);
        out.writeDouble(peakSpeed);
        out.writeDouble(distance);
        out.writeLong(peakFrom);
        out.writeLong(peakTo);
    }

    public static SprintDetector readFrom(DataInput in) throws IOException {
        SprintDetector d = new SprintDetector(SprintRule.valueOf(in.readUTF()));
        d.lastAt = in.readLong();
        d.lastPeriod = in.readInt();
        d.open = in.readBoolean();
        d.startedAt = in.readLong();
        d.endedAt = in.readLong();
        d.endSpeed = in.readDouble();
        d.peakSpeed = in.readDouble();
        d.distance = in.readDouble();
        d.peakFrom = in.readLong();
        d.peakTo = in.readLong();
        return d;
    }
}
