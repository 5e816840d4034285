package skill.core.sprints;

import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;
import skill.core.sprints.MatchTrackingGenerator.TrueSprint;
import skill.core.sprints.TrackingPlan.Period;
import skill.core.sprints.TrackingPlan.Stint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The frames of a {@link TrackingPlan}, made one at a time (see {@link MatchTrackingGenerator#frames}): only
 * the players' motion state is held, never a frame that has been returned.
 */
final class PlannedTracking implements Iterator<PositionFrame> {
    private static final long CALM_MS = 20_000;

    private final TrackingPlan plan;
    private final int stepMs;
    private final Consumer<TrueSprint> truth;
    private final Map<String, Random> randoms = new HashMap<>();
    private final Map<String, Double> topSpeeds = new HashMap<>();
    private final PlayerMotion[] motions;
    private int period = -1;
    private long sample;
    private long samples;
    private long frame;

    PlannedTracking(TrackingPlan plan, long seed, int hz, Consumer<TrueSprint> truth) {
        if (hz < 1 || hz > 1000) {
            throw new IllegalArgumentException("hz must be 1..1000, was " + hz);
        }
        this.plan = plan;
        this.stepMs = 1000 / hz;
        this.truth = truth;
        this.motions = new PlayerMotion[plan.stints().size()];
        for (Stint stint : plan.stints()) {
            // String.hashCode is specified, so a player moves the same on every JVM.
            Random random = randoms.computeIfAbsent(stint.playerId(), id -> new Random(seed * 1_000_003L + id.hashCode()));
            topSpeeds.computeIfAbsent(stint.playerId(), id -> PlayerMotion.topSpeed(random, stint.goalkeeper()));
        }
    }

    @Override
    public boolean hasNext() {
        while (sample >= samples && period + 1 < plan.periods().size()) {
            Period next = plan.periods().get(++period);
            sample = 0;
            samples = Math.max(0, (next.endedAt() - next.startedAt()) / stepMs + 1);
            Arrays.fill(motions, null);
        }
        return sample < samples;
    }

    @Override
    public PositionFrame next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Period p = plan.periods().get(period);
        long at = p.startedAt() + sample++ * stepMs;
        List<TrackedObject> objects = new ArrayList<>(24);
        for (int i = 0; i < motions.length; i++) {
            Stint stint = plan.stints().get(i);
            if (!stint.onPitchAt(at)) {
                continue;
            }
            PlayerMotion motion = motions[i];
            if (motion == null) {
                motion = new PlayerMotion(randoms.get(stint.playerId()), stint.playerId(), stint.goalkeeper(),
                        topSpeeds.get(stint.playerId()), p.period(), stepMs, truth);
                motions[i] = motion;
            }
            motion.step(at, Math.min(p.endedAt() + stepMs, stint.until()) - at <= CALM_MS);
            objects.add(new TrackedObject(stint.playerId(), stint.teamId(), centimetres(motion.x()),
                    centimetres(motion.y()), MatchTrackingGenerator.exact(motion.speed()), null));
        }
        objects.add(new TrackedObject(null, null, 0, 0, null, true));
        return new PositionFrame(plan.matchId(), plan.competition(), plan.season(), plan.matchday(), p.period(),
                frame++, Instant.ofEpochMilli(at), objects);
    }

    /** Positions to the centimetre, as providers send them (the speed keeps its float, the truth's measure). */
    private static double centimetres(float metres) {
        return Math.round(metres * 100.0) / 100.0;
    }
}
