package skill.core.sprints;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A player's top speed without tracking artefacts. A sample is an artefact when it is faster than
 * {@link #MAX_SPEED} (45 km/h; the league record is 36.65 km/h) or when reaching it from the previous
 * accepted sample takes more than {@link #MAX_ACCELERATION} (sprinters peak near 6-8 m/s²). The top
 * speed is the highest speed held over {@link #SUSTAIN_MS}: the maximum, over accepted samples, of the
 * minimum speed in the window ending there, counted only where accepted samples cover the whole window.
 * A single spike therefore never sets a top speed. Allocates nothing per sample.
 */
public final class TopSpeedFilter {
    public static final double MAX_SPEED = 12.5;
    public static final double MAX_ACCELERATION = 10.0;
    public static final long SUSTAIN_MS = 200;
    private static final int CAPACITY = 64;
    private static final int MASK = CAPACITY - 1;

    private final long[] times = new long[CAPACITY];
    private final double[] speeds = new double[CAPACITY];
    private int count;
    private int period;
    private long runStart;
    private double top;

    /** Feeds one sample: time in epoch ms, speed in m/s. */
    public void accept(long at, double speed, int period) {
        if (!(speed >= 0 && speed <= MAX_SPEED)) {
            return;
        }
        if (count > 0) {
            long lastAt = times[(count - 1) & MASK];
            if (period != this.period || at - lastAt > SprintDetector.MAX_GAP_MS) {
                count = 0;
            } else if (at <= lastAt
                    || Math.abs(speed - speeds[(count - 1) & MASK]) * 1000.0 > MAX_ACCELERATION * (at - lastAt)) {
                return;
            }
        }
        if (count == 0) {
            runStart = at;
            this.period = period;
        }
        times[count & MASK] = at;
        speeds[count & MASK] = speed;
        count++;
        if (at - runStart < SUSTAIN_MS) {
            return;
        }
        double held = speed;
        for (int i = count - 2; i >= 0 && i >= count - CAPACITY && times[i & MASK] >= at - SUSTAIN_MS; i--) {
            held = Math.min(held, speeds[i & MASK]);
        }
        top = Math.max(top, held);
    }

    /** The top speed so far in m/s, 0 when no window was covered yet. */
    public double topSpeed() {
        return top;
    }

    public void writeTo(DataOutput out) throws IOException {
        // only the samples a later window can still reach
        int kept = 0;
        while (kept < Math.min(count, CAPACITY)
                && times[(count - 1 - kept) & MASK] >= times[(count - 1) & MASK] - SUSTAIN_MS) {
            kept++;
        }
        out.writeInt(kept);
        for (int i = count - kept; i < count; i++) {
            out.writeLong(times[i & MASK]);
            out.writeDouble(speeds[i & MASK]);
        }
        out.writeInt(period);
        out.writeLong(runStart);
        out.writeDouble(top);
    }

    public static TopSpeedFilter readFrom(DataInput in) throws IOException {
        TopSpeedFilter f = new TopSpeedFilter();
        f.count = in.readInt();
        for (int i = 0; i < f.count; i++) {
            f.times[i] = in.readLong();
            f.speeds[i] = in.readDouble();
        }
        f.period = in.readInt();
        f.runStart = in.readLong();
        f.top = in.readDouble();
        return f;
    }
}
