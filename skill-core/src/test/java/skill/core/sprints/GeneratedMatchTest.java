package skill.core.sprints;

import org.junit.jupiter.api.Test;
import skill.core.sprints.MatchTrackingGenerator.Match;
import skill.core.sprints.MatchTrackingGenerator.PeriodTrack;
import skill.core.sprints.MatchTrackingGenerator.Track;
import skill.core.sprints.MatchTrackingGenerator.TrueSprint;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector on generated whole matches whose true sprints are known. */
class GeneratedMatchTest {
    private static final Match MATCH = MatchTrackingGenerator.fullMatch(42);

    @Test
    void theGeneratorIsRealisticAndDeterministic() {
        assertThat(MATCH.tracks()).hasSize(22);
        assertThat(MATCH.samples()).isGreaterThan(22L * 25 * 60 * 92);
        // a Bundesliga outfield player sprints some 20-40 times a match
        assertThat(MATCH.sprints().size() / 20.0).isBetween(15.0, 60.0);
        assertThat(MATCH.sprints()).allSatisfy(s -> assertThat(s.peakSpeed()).isBetween(6.9, 9.6));
        assertThat(MatchTrackingGenerator.fullMatch(42).sprints()).isEqualTo(MATCH.sprints());
        assertThat(MatchTrackingGenerator.fullMatch(43).sprints()).isNotEqualTo(MATCH.sprints());
    }

    @Test
    void findsExactlyTheTrueSprintsFromTheSpeed() {
        assertThat(fromSpeed(MATCH)).isEqualTo(MATCH.sprints());
        Match tenHz = MatchTrackingGenerator.generate(7, 10, 20);
        assertThat(fromSpeed(tenHz)).isEqualTo(tenHz.sprints());
    }

    @Test
    void findsTheTrueSprintsFromNoisyPositions() {
        List<TrueSprint> found = new ArrayList<>();
        for (Track track : MATCH.tracks()) {
            SprintDetector detector = new SprintDetector(SprintRule.DFL_UNTIL_2024_25);
            SprintListener out = (start, end, peak, distance) -> found.add(
                    new TrueSprint(track.playerId(), 0, start, end, peak));
            SpeedEstimator estimator = new SpeedEstimator();
            SpeedListener speeds = (at, speed, period) -> detector.accept(at, speed, period, out);
            for (PeriodTrack p : track.periods()) {
                for (int i = 0; i < p.size(); i++) {
                    estimator.accept(p.at(i), p.x()[i], p.y()[i], p.period(), speeds);
                }
            }
            estimator.finish(speeds);
            detector.finish(out);
        }
        assertThat(found).hasSameSizeAs(MATCH.sprints());
        long[] worst = new long[2];
        double worstPeak = 0;
        for (int i = 0; i < found.size(); i++) {
            TrueSprint truth = MATCH.sprints().get(i);
            TrueSprint seen = found.get(i);
            assertThat(seen.playerId()).isEqualTo(truth.playerId());
            // the ±0.2 s window rounds the corners of the speed curve: edges move by about 0.1 s (seed 42: 120 ms)
            assertThat(Math.abs(seen.startedAt() - truth.startedAt())).isLessThanOrEqualTo(200);
            assertThat(Math.abs(seen.endedAt() - truth.endedAt())).isLessThanOrEqualTo(200);
            worst[0] = Math.max(worst[0], Math.abs(seen.startedAt() - truth.startedAt()));
            worst[1] = Math.max(worst[1], Math.abs(seen.endedAt() - truth.endedAt()));
            worstPeak = Math.max(worstPeak, Math.abs(seen.peakSpeed() - truth.peakSpeed()));
        }
        System.out.printf("From noisy positions: %d of %d sprints, worst start %d ms, end %d ms, peak %.2f m/s off%n",
                found.size(), MATCH.sprints().size(), worst[0], worst[1], worstPeak);
        assertThat(worstPeak).isLessThan(0.5);
    }

    static List<TrueSprint> fromSpeed(Match match) {
        List<TrueSprint> found = new ArrayList<>();
        for (Track track : match.tracks()) {
            SprintDetector detector = new SprintDetector(SprintRule.DFL_UNTIL_2024_25);
            for (PeriodTrack p : track.periods()) {
                SprintListener out = (start, end, peak, distance) -> found.add(
                        new TrueSprint(track.playerId(), p.period(), start, end, peak));
                for (int i = 0; i < p.size(); i++) {
                    detector.accept(p.at(i), p.speed()[i], p.period(), out);
                }
                detector.finish(out);
            }
        }
        return found;
    }
}
