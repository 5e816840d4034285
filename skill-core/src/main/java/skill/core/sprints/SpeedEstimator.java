package skill.core.sprints;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One player's speed from positions, for frames without {@code speed}. The speed at a sample is the
 * displacement across a window of ±{@link #HALF_WINDOW_MS} around it divided by the time between the
 * window's first and last sample (a central difference): optical-tracking jitter of a few centimetres
 * per frame averages out, while a real acceleration still shows within 0.2 s. Time based, so any rate
 * and dropped frames work (the window just holds fewer samples). A gap above
 * {@link SprintDetector#MAX_GAP_MS}, a change of period or {@link #finish} ends a segment: its last
 * samples use a one-sided window, as do the first ones of the next; a segment of one sample has no speed.
 * Speeds come out {@link #HALF_WINDOW_MS} late and in order. Allocates nothing per sample.
 */
public final class SpeedEstimator {
    public static final long HALF_WINDOW_MS = 200;
    private static final int CAPACITY = 128;
    private static final int MASK = CAPACITY - 1;

    private final long[] times = new long[CAPACITY];
    private final double[] xs = new double[CAPACITY];
    private final double[] ys = new double[CAPACITY];
    private int period;
    /** Samples [first, count) are kept; [next, count) have no speed yet. Indices grow, the ring wraps. */
    private int first;
    private int next;
    private int count;

    /** Feeds one position: time in epoch ms, x and y in m. */
    public void accept(long at, double x, double y, int period, SpeedListener out) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        if (count > first) {
            long lastAt = times[(count - 1) & MASK];
            if (period != this.period || at - lastAt > SprintDetector.MAX_GAP_MS) {
                finish(out);
            } else if (at <= lastAt) {
                return;
            }
        }
        this.period = period;
        if (count - first == CAPACITY) { // only at rates far above any tracking system's
            if (next == first) {
                emit(out);
            }
            first++;
        }
        times[count & MASK] = at;
        xs[count & MASK] = x;
        ys[count & MASK] = y;
        count++;
        while (next < count && times[next & MASK] + HALF_WINDOW_MS <= at) {
            emit(out);
        }
        while (first < next && times[first & MASK] < (next < count ? times[next & MASK] : at) - HALF_WINDOW_MS) {
            first++;
        }
    }

    /** Emits the speeds still pending, e.g. at the end of a period or when the player leaves. */
    public void finish(SpeedListener out) {
        while (next < count) {
            emit(out);
        }
        first = count = next = 0;
    }

    private void emit(SpeedListener out) {
        int i = next++;
        long at = times[i & MASK];
        int from = first;
        while (times[from & MASK] < at - HALF_WINDOW_MS) {
            from++;
        }
        int to = i;
        while (to + 1 < count && times[(to + 1) & MASK] <= at + HALF_WINDOW_MS) {
            to++;
        }
        if (to == from) {
            return;
        }
        double dx = xs[to & MASK] - xs[from & MASK];
        double dy = ys[to & MASK] - ys[from & MASK];
        out.speed(at, Math.sqrt(dx * dx + dy * dy) * 1000.0 / (times[to & MASK] - times[from & MASK]), period);
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(period);
        out.writeInt(count - first);
        out.writeInt(next - first);
        for (int i = first; i < count; i++) {
            out.writeLong(times[i & MASK]);
            out.writeDouble(xs[i & MASK]);
            out.writeDouble(ys[i & MASK]);
        }
    }

    public static SpeedEstimator readFrom(DataInput in) throws IOException {
        SpeedEstimator e = new SpeedEstimator();
        e.period = in.readInt();
        e.count = in.readInt();
        e.next = in.readInt();
        for (int i = 0; i < e.count; i++) {
            e.times[i] = in.readLong();
            e.xs[i] = in.readDouble();
            e.ys[i] = in.readDouble();
        }
        return e;
    }
}
