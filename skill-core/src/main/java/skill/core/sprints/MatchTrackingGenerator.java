package skill.core.sprints;

import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic tracking of a whole match for tests, benchmarks and demos, deterministic by seed: 22 players,
 * two halves of {@code minutesPerHalf} plus 2-13 % stoppage (1-6 min for 45), 25 Hz (any rate). Each player alternates
 * walking, jogging, runs (4.3-5.8 m/s, never a sprint) and sprints (peak 6.9-9.6 m/s held 1.5-3.5 s),
 * with bounded accelerations, a wandering heading that stays on the pitch, and 2 cm positional noise.
 * Runs and sprints only follow and precede walking or jogging long enough to drop below 4 m/s, and
 * each period starts and ends walking, so every sprint activity is exactly one sprint of the old DFL
 * rule, from its first to its last sample at ≥ 4.0 m/s: the true sprints are known by construction.
 */
public final class MatchTrackingGenerator {
    public static final Instant KICKOFF = Instant.parse("2024-03-09T14:30:00Z");
    private static final double HALF_LENGTH = 52.5;
    private static final double HALF_WIDTH = 34;
    private static final double NOISE_M = 0.02;

    /** One player's samples of one period: sample i is at {@code startedAt + i * stepMs}. */
    public record PeriodTrack(int period, long startedAt, int stepMs, float[] x, float[] y, float[] speed) {
        public long at(int i) {
            return startedAt + (long) i * stepMs;
        }

        public int size() {
            return speed.length;
        }
    }

    public record Track(String playerId, String teamId, List<PeriodTrack> periods) {
    }

    /** A true sprint: times in epoch ms, peak in m/s (the highest sample). */
    public record TrueSprint(String playerId, int period, long startedAt, long endedAt, double peakSpeed) {
    }

    public record Match(int hz, List<Track> tracks, List<TrueSprint> sprints) {
        public long samples() {
            return tracks.stream().flatMap(t -> t.periods().stream()).mapToLong(PeriodTrack::size).sum();
        }

        /** The number of contract frames: one per sample time of each period. */
        public int frames() {
            return tracks.get(0).periods().stream().mapToInt(PeriodTrack::size).sum();
        }

        /**
         * Frame {@code index} (0 … {@link #frames()} - 1, in time order) as a contract frame with every
         * player and the ball; numbers as the floats they are (5.83, not 5.829999923706055), the speed
         * only {@code withSpeed}. Made on demand, so a whole match never has to sit in memory as frames.
         */
        public PositionFrame frame(int index, String matchId, String season, int matchday, boolean withSpeed) {
            int p = 0;
            int i = index;
            while (i >= tracks.get(0).periods().get(p).size()) {
                i -= tracks.get(0).periods().get(p++).size();
            }
            List<TrackedObject> objects = new ArrayList<>(tracks.size() + 1);
            for (Track track : tracks) {
                PeriodTrack period = track.periods().get(p);
                objects.add(new TrackedObject(track.playerId(), track.teamId(), exact(period.x()[i]),
                        exact(period.y()[i]), withSpeed ? exact(period.speed()[i]) : null, null));
            }
            objects.add(new TrackedObject(null, null, 0, 0, null, true));
            PeriodTrack first = tracks.get(0).periods().get(p);
            return new PositionFrame(matchId, season, matchday, first.period(), index,
                    Instant.ofEpochMilli(first.at(i)), objects);
        }

        /** The shortest decimal of a float, so JSON stays short and compares to thresholds as the float does. */
        private static double exact(float value) {
            return Double.parseDouble(Float.toString(value));
        }
    }

    public static Match fullMatch(long seed) {
        return generate(seed, 25, 45);
    }

    public static Match generate(long seed, int hz, double minutesPerHalf) {
        Random random = new Random(seed);
        int stepMs = 1000 / hz;
        long[] starts = new long[2];
        int[] sizes = new int[2];
        starts[0] = KICKOFF.toEpochMilli();
        sizes[0] = (int) (minutesPerHalf * (1.02 + 0.07 * random.nextDouble()) * 60_000 / stepMs);
        starts[1] = starts[0] + (long) sizes[0] * stepMs + 15 * 60_000;
        sizes[1] = (int) (minutesPerHalf * (1.04 + 0.09 * random.nextDouble()) * 60_000 / stepMs);
        List<Track> tracks = new ArrayList<>();
        List<TrueSprint> sprints = new ArrayList<>();
        for (String team : List.of("T-HOME", "T-AWAY")) {
            for (int shirt = 1; shirt <= 11; shirt++) {
                String playerId = team.substring(2) + "-" + shirt;
                double topSpeed = shirt == 1 ? 7.2 : 8.4 + 1.2 * random.nextDouble();
                List<PeriodTrack> periods = new ArrayList<>();
                for (int p = 0; p < 2; p++) {
                    periods.add(new Player(random, playerId, shirt == 1, topSpeed, sprints)
                            .run(p + 1, starts[p], stepMs, sizes[p]));
                }
                tracks.add(new Track(playerId, team, periods));
            }
        }
        return new Match(hz, tracks, sprints);
    }

    /** One player's motion through one period. */
    private static final class Player {
        private enum Activity { WALK, JOG, RUN, SPRINT }

        private final Random random;
        private final String playerId;
        private final boolean goalkeeper;
        private final double topSpeed;
        private final List<TrueSprint> sprints;
        private Activity activity = Activity.WALK;
        private double target = 1;
        private double acceleration = 3;
        private double holdS;
        private boolean reached;
        private long activityEnds;

        Player(Random random, String playerId, boolean goalkeeper, double topSpeed, List<TrueSprint> sprints) {
            this.random = random;
            this.playerId = playerId;
            this.goalkeeper = goalkeeper;
            this.topSpeed = topSpeed;
            this.sprints = sprints;
        }

        PeriodTrack run(int period, long startedAt, int stepMs, int size) {
            float[] xs = new float[size];
            float[] ys = new float[size];
            float[] speeds = new float[size];
            double x = (random.nextDouble() - 0.5) * 80;
            double y = (random.nextDouble() - 0.5) * 55;
            double heading = random.nextDouble() * 2 * Math.PI;
            double v = 0;
            double dt = stepMs / 1000.0;
            long sprintStart = -1;
            int sprintPeakAt = -1;
            for (int i = 0; i < size; i++) {
                long at = startedAt + (long) i * stepMs;
                boolean lastSeconds = (size - i) * dt < 20;
                if (at >= activityEnds && (activity != Activity.SPRINT || reached && holdDone(at))) {
                    next(at, lastSeconds);
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
                xs[i] = (float) (x + random.nextGaussian() * NOISE_M);
                ys[i] = (float) (y + random.nextGaussian() * NOISE_M);
                speeds[i] = (float) v;
                // The truth: a sprint activity's samples at ≥ 4.0 m/s, including its deceleration.
                if (speeds[i] >= 4.0f && (activity == Activity.SPRINT || sprintStart >= 0)) {
                    if (sprintStart < 0) {
                        sprintStart = at;
                    }
                    sprintPeakAt = sprintPeakAt < 0 || speeds[i] > speeds[sprintPeakAt] ? i : sprintPeakAt;
                } else if (sprintStart >= 0 && speeds[i] < 4.0f) {
                    sprints.add(new TrueSprint(playerId, period, sprintStart, at - stepMs, speeds[sprintPeakAt]));
                    sprintStart = -1;
                    sprintPeakAt = -1;
                }
            }
            return new PeriodTrack(period, startedAt, stepMs, xs, ys, speeds);
        }

        private boolean holdDone(long at) {
            if (holdS > 0) {
                activityEnds = at + (long) (holdS * 1000);
                holdS = 0;
                return false;
            }
            return true;
        }

        private void next(long at, boolean lastSeconds) {
            boolean wasFast = activity == Activity.RUN || activity == Activity.SPRINT;
            double r = random.nextDouble();
            if (lastSeconds || wasFast) {
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
}
