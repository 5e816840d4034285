package skill.core.sprints;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Everything the system derives from one player's frames in one match: sprints (under the season's
 * rule), the artefact-filtered top speed and the distance covered. Speed is the provider's where a
 * frame carries one, else estimated from positions ({@link SpeedEstimator}). Distance integrates the
 * speed over time (trapezoids), across gaps of at most {@link SprintDetector#MAX_GAP_MS}, within a period.
 */
public final class PlayerSpeedTrack implements SpeedListener {
    private final SprintDetector detector;
    private final SpeedEstimator estimator;
    private final TopSpeedFilter topSpeed;
    private long lastAt = Long.MIN_VALUE;
    private double lastSpeed;
    private int lastPeriod;
    private double distance;
    private SprintListener out;

    public PlayerSpeedTrack(SprintRule rule) {
        this(new SprintDetector(rule), new SpeedEstimator(), new TopSpeedFilter());
    }

    private PlayerSpeedTrack(SprintDetector detector, SpeedEstimator estimator, TopSpeedFilter topSpeed) {
        this.detector = detector;
        this.estimator = estimator;
        this.topSpeed = topSpeed;
    }

    /** Feeds one frame's sample of the player; {@code speed} in m/s or NaN when the frame has none. */
    public void accept(long at, int period, double x, double y, double speed, SprintListener sprints) {
        this.out = sprints;
        if (Double.isNaN(speed)) {
            estimator.accept(at, x, y, period, this);
        } else {
            estimator.finish(this); // positions buffered before the provider's speed came back
            speed(at, speed, period);
        }
    }

    /** Ends the open stretch and emits what the estimator still holds: the player left or the period ended. */
    public void finish(SprintListener sprints) {
        this.out = sprints;
        estimator.finish(this);
        detector.finish(sprints);
    }

    @Override
    public void speed(long at, double speed, int period) {
        detector.accept(at, speed, period, out);
        topSpeed.accept(at, speed, period);
        if (!(speed >= 0 && speed <= TopSpeedFilter.MAX_SPEED) || at <= lastAt && period == lastPeriod) {
            return;
        }
        if (period == lastPeriod && at - lastAt <= SprintDetector.MAX_GAP_MS) {
            distance += (speed + lastSpeed) * 0.5 * (at - lastAt) / 1000.0;
        }
        lastAt = at;
        lastSpeed = speed;
        lastPeriod = period;
    }

    public SprintRule rule() {
        return detector.rule();
    }

    /** The period of the latest sample; inside a {@link SprintListener} call, the sprint's period. */
    public int period() {
        return detector.period();
    }

    /** Whether every sprint starting at or before {@code at} has been emitted (see {@link SprintDetector#settledUpTo}). */
    public boolean settledUpTo(long at) {
        return detector.settledUpTo(at);
    }

    public double topSpeed() {
        return topSpeed.topSpeed();
    }

    public double distance() {
        return distance;
    }

    public void writeTo(DataOutput data) throws IOException {
        detector.writeTo(data);
        estimator.writeTo(data);
        topSpeed.writeTo(data);
        data.writeLong(lastAt);
        data.writeDouble(lastSpeed);
        data.writeInt(lastPeriod);
        data.writeDouble(distance);
    }

    public static PlayerSpeedTrack readFrom(DataInput data) throws IOException {
        var track = new PlayerSpeedTrack(SprintDetector.readFrom(data), SpeedEstimator.readFrom(data),
                TopSpeedFilter.readFrom(data));
        track.lastAt = data.readLong();
        track.lastSpeed = data.readDouble();
        track.lastPeriod = data.readInt();
        track.distance = data.readDouble();
        return track;
    }
}
