package skill.core.sprints;

import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

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
         * only {@code withSpeed}, the competition only where not null. Made on demand, so a whole match
         * never has to sit in memory as frames.
         */
        public PositionFrame frame(int index, String matchId, String competition, String season, int matchday,
                                   boolean withSpeed) {
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
            return new PositionFrame(matchId, competition, season, matchday, first.period(), index,
                    Instant.ofEpochMilli(first.at(i)), objects);
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
                double topSpeed = PlayerMotion.topSpeed(random, shirt == 1);
                List<PeriodTrack> periods = new ArrayList<>();
                for (int p = 0; p < 2; p++) {
                    periods.add(run(new PlayerMotion(random, playerId, shirt == 1, topSpeed, p + 1, stepMs,
                            sprints::add), p + 1, starts[p], stepMs, sizes[p]));
                }
                tracks.add(new Track(playerId, team, periods));
            }
        }
        return new Match(hz, tracks, sprints);
    }

    /**
     * The tracking of a planned match (its id, competition, periods and who is on the pitch when), streamed frame
     * by frame in time order with speeds: a frame per sample time of each period, holding the players on the pitch
     * at that time and the ball. Each player's motion depends only on {@code seed} and his id, so the same plan
     * and seed give the same frames. Players are calm in their last 20 s on the pitch, so each true sprint
     * (reported to {@code truth} when it ends) is one of the old DFL rule, also for a player who goes off.
     */
    public static Iterator<PositionFrame> frames(TrackingPlan plan, long seed, int hz, Consumer<TrueSprint> truth) {
        return new PlannedTracking(plan, seed, hz, truth);
    }

    private static PeriodTrack run(PlayerMotion motion, int period, long startedAt, int stepMs, int size) {
        float[] xs = new float[size];
        float[] ys = new float[size];
        float[] speeds = new float[size];
        double dt = stepMs / 1000.0;
        for (int i = 0; i < size; i++) {
            motion.step(startedAt + (long) i * stepMs, (size - i) * dt < 20);
            xs[i] = motion.x();
            ys[i] = motion.y();
            speeds[i] = motion.speed();
        }
        return new PeriodTrack(period, startedAt, stepMs, xs, ys, speeds);
    }

    /** The shortest decimal of a float, so JSON stays short and compares to thresholds as the float does. */
    static double exact(float value) {
        return Double.parseDouble(Float.toString(value));
    }
}
