package skill.core.sprints;

import skill.core.sprints.MatchTrackingGenerator.Match;
import skill.core.sprints.MatchTrackingGenerator.PeriodTrack;
import skill.core.sprints.MatchTrackingGenerator.Track;

import java.util.Arrays;

/**
 * Throughput of the sprint detection alone, one thread, on a generated 25 Hz match (docs/benchmarks.md):
 * {@code java -cp skill-core/target/classes:skill-core/target/test-classes skill.core.sprints.SprintDetectorBenchmark}.
 * A main rather than JMH so it needs nothing beyond the test classes; warm-up rounds let the JIT settle
 * and the sink (sprint count) keeps the work observable.
 */
public final class SprintDetectorBenchmark {
    private static final int WARMUP = 15;
    private static final int ROUNDS = 15;

    private SprintDetectorBenchmark() {
    }

    public static void main(String[] args) {
        Match match = MatchTrackingGenerator.fullMatch(42);
        long samples = match.samples();
        System.out.printf("match: %d player-samples, %d true sprints%n", samples, match.sprints().size());
        report("detector (provider speed)", samples, () -> fromSpeed(match));
        report("estimator + detector (positions)", samples, () -> fromPositions(match));
        report("PlayerSpeedTrack (speed, filter, distance)", samples, () -> track(match));
    }

    interface Run {
        long run();
    }

    private static void report(String name, long samples, Run run) {
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += run.run();
        }
        double[] rates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            sink += run.run();
            rates[i] = samples / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf("%-44s median %6.1f M player-samples/s (min %.1f, max %.1f) [%d]%n", name,
                rates[ROUNDS / 2] / 1e6, rates[0] / 1e6, rates[ROUNDS - 1] / 1e6, sink);
    }

    private static long fromSpeed(Match match) {
        long[] count = new long[1];
        SprintListener out = (s, e, p, d) -> count[0]++;
        for (Track track : match.tracks()) {
            SprintDetector detector = new SprintDetector(SprintRule.DFL_UNTIL_2024_25);
            for (PeriodTrack p : track.periods()) {
                float[] speed = p.speed();
                for (int i = 0; i < speed.length; i++) {
                    detector.accept(p.at(i), speed[i], p.period(), out);
                }
            }
            detector.finish(out);
        }
        return count[0];
    }

    private static long fromPositions(Match match) {
        long[] count = new long[1];
        SprintListener out = (s, e, p, d) -> count[0]++;
        for (Track track : match.tracks()) {
            SprintDetector detector = new SprintDetector(SprintRule.DFL_UNTIL_2024_25);
            SpeedEstimator estimator = new SpeedEstimator();
            SpeedListener speeds = (at, v, period) -> detector.accept(at, v, period, out);
            for (PeriodTrack p : track.periods()) {
                for (int i = 0; i < p.size(); i++) {
                    estimator.accept(p.at(i), p.x()[i], p.y()[i], p.period(), speeds);
                }
            }
            estimator.finish(speeds);
            detector.finish(out);
        }
        return count[0];
    }

    private static long track(Match match) {
        long[] count = new long[1];
        SprintListener out = (s, e, p, d) -> count[0]++;
        for (Track track : match.tracks()) {
            PlayerSpeedTrack t = new PlayerSpeedTrack(SprintRule.DFL_UNTIL_2024_25);
            for (PeriodTrack p : track.periods()) {
                for (int i = 0; i < p.size(); i++) {
                    t.accept(p.at(i), p.period(), p.x()[i], p.y()[i], p.speed()[i], out);
                }
            }
            t.finish(out);
            count[0] += (long) t.distance();
        }
        return count[0];
    }
}
