package skill.core.sprints;

import skill.core.sprints.MatchTrackingGenerator.TrueSprint;

import java.util.Random;
import java.util.function.Consumer;

/**
 * One player's motion through one period, sample by sample (see {@link MatchTrackingGenerator}): walking,
 * jogging, runs (4.3-5.8 m/s, never a sprint) and sprints (peak 6.9 m/s up to the player's top speed, held
 * 1.5-3.5 s), bounded accelerations, a wandering heading that stays on the pitch, 2 cm positional noise.
 * Runs and sprints only follow and precede walking or jogging long enough to drop below 4 m/s, so each
 * sprint activity is exactly one sprint of the old DFL rule, from its first to its last sample at ≥ 4.0 m/s,
 * and it is reported as a {@link TrueSprint} when the speed drops below 4.0 m/s again.
 */
final class PlayerMotion {
    private static final double HALF_LENGTH = 52.5;
    private static final double HALF_WIDTH = 34;
    private static final double NOISE_M = 0.02;

    private enum Activity { WALK, JOG, RUN, SPRINT }

    private final Random random;
    private final String playerId;
    private final boolean goalkeeper;
    private final double topSpeed;
    private final int period;
    private final int stepMs;
    private final double dt;
    private final Consumer<TrueSprint> sprints;
    private Activity activity = Activity.WALK;
    private double target = 1;
    private double acceleration = 3;
    private double holdS;
    private boolean reached;
    private long activityEnds;
    private double x;
    private double y;
    private double heading;
    private double v;
    private long sprintStart = -1;
    private float sprintPeak;
    private float sampleX;
    private float sampleY;
    private float sampleSpeed;

    /** Draws the player's starting point and heading from {@code random}, which every later step draws from too. */
    PlayerMotion(Random random, String playerId, boolean goalkeeper, double topSpeed, int period, int stepMs,
                 Consumer<TrueSprint> sprints) {
        this.random = random;
        this.playerId = playerId;
        this.goalkeeper = goalkeeper;
        this.topSpeed = topSpeed;
        this.period = period;
        this.stepMs = stepMs;
        this.dt = stepMs / 1000.0;
        this.sprints = sprints;
        this.x = (random.nextDouble() - 0.5) * 80;
        this.y = (random.nextDouble() - 0.5) * 55;
        this.heading = random.nextDouble() * 2 * Math.PI;
    }

    /** A player's top speed: 7.2 m/s for a goalkeeper, 8.4-9.6 m/s for the others. */
    static double topSpeed(Random random, boolean goalkeeper) {
        return goalkeeper ? 7.2 : 8.4 + 1.2 * random.nextDouble();
    }

    /** The sample at {@code at}; {@code calm}: the player's last 20 s on the pitch, no new runs or sprints. */
    void step(long at, boolean calm) {
        if (at >= activityEnds && (activity != Activity.SPRINT || reached && holdDone(at))) {
            next(at, calm);
        }
        double step = target - v;
        double limit = (step > 0 ? acceleration : 5.0) * dt;
        v = Math.max(0, v + Math.max(-limit, Math.min(limit, step)));
        reached |= Math.abs(target - v) < 1e-9;
        if (sprintStart < 0 && activity == Activity.SPRINT && v < 4) {
            heading = Math.atan2(-y, -x) + (random.nextDouble() - 0.5) * 2; // sprints go into space
        }
        // Heading wanders less at speed; near the lines the player turns inwards, as fast
        // as a lateral acceleration of 4 m/s² allows.
        heading += random.nextGaussian() * (v > 4 ? 0.01 : 0.06);
        if (Math.abs(x) > HALF_LENGTH - 10 || Math.abs(y) > HALF_WIDTH - 10) {
            double turn = Math.IEEEremainder(Math.atan2(-y, -x) - heading, 2 * Math.PI);
            double most = Math.max(0.5, 4 / Math.max(v, 0.1)) * dt;
            heading += Math.max(-most, Math.min(most, turn));
        }
        x += v * dt * Math.cos(heading);
        y += v * dt * Math.sin(heading);
        sampleX = (float) (x + random.nextGaussian() * NOISE_M);
        sampleY = (float) (y + random.nextGaussian() * NOISE_M);
        sampleSpeed = (float) v;
        // The truth: a sprint activity's samples at ≥ 4.0 m/s, including its deceleration.
        if (sampleSpeed >= 4.0f && (activity == Activity.SPRINT || sprintStart >= 0)) {
            if (sprintStart < 0) {
                sprintStart = at;
                sprintPeak = sampleSpeed;
            }
            sprintPeak = Math.max(sprintPeak, sampleSpeed);
        } else if (sprintStart >= 0 && sampleSpeed < 4.0f) {
            sprints.accept(new TrueSprint(playerId, period, sprintStart, at - stepMs, sprintPeak));
            sprintStart = -1;
        }
    }

    float x() {
        return sampleX;
    }

    float y() {
        return sampleY;
    }

    float speed() {
        return sampleSpeed;
    }

    private boolean holdDone(long at) {
        if (holdS > 0) {
            activityEnds = at + (long) (holdS * 1000);
            holdS = 0;
            return false;
        }
        return true;
    }

    private void next(long at, boolean calm) {
        boolean wasFast = activity == Activity.RUN || activity == Activity.SPRINT;
        double r = random.nextDouble();
        if (calm || wasFast) {
            activity = r < 0.5 ? Activity.WALK : Activity.JOG;
        } else if (goalkeeper) {
            activity = r < 0.7 ? Activity.WALK : r < 0.95 ? Activity.JOG : Activity.RUN;
        } else {
            activity = r < 0.38 ? Activity.WALK : r < 0.76 ? Activity.JOG : r < 0.94 ? Activity.RUN : Activity.SPRINT;
        }
        double seconds;
        switch (activity) {
            case WALK -> { target = 0.8 + random.nextDouble(); seconds = 4 + 10 * random.nextDouble(); }
            case JOG -> { target = 2.0 + 1.5 * random.nextDouble(); seconds = 4 + 8 * random.nextDouble(); }
            case RUN -> { target = 4.3 + 1.5 * random.nextDouble(); seconds = 2 + 4 * random.nextDouble(); }
            default -> {
                target = 6.9 + (topSpeed - 6.9) * random.nextDouble();
                seconds = 0;
                holdS = 1.5 + 2 * random.nextDouble();
                reached = false;
            }
        }
        acceleration = 2.5 + 3 * random.nextDouble();
        activityEnds = at + (long) (seconds * 1000);
    }
}
