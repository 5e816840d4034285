package skill.core.sprints;

import org.junit.jupiter.api.Test;
import skill.core.sprints.MatchTrackingGenerator.Match;
import skill.core.sprints.MatchTrackingGenerator.PeriodTrack;
import skill.core.sprints.MatchTrackingGenerator.Track;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlayerSpeedTrackTest {

    @Test
    void aTrackSavedAndRestoredAtEveryFrameFindsWhatAnUninterruptedOneFinds() throws IOException {
        Match match = MatchTrackingGenerator.generate(3, 25, 5);
        Track player = match.tracks().get(5);
        List<Long> straight = new ArrayList<>();
        List<Long> restored = new ArrayList<>();
        PlayerSpeedTrack a = new PlayerSpeedTrack(SprintRule.DFL_UNTIL_2024_25);
        PlayerSpeedTrack b = new PlayerSpeedTrack(SprintRule.DFL_UNTIL_2024_25);
        for (PeriodTrack p : player.periods()) {
            for (int i = 0; i < p.size(); i++) {
                a.accept(p.at(i), p.period(), p.x()[i], p.y()[i], Double.NaN, (s, e, peak, d) -> straight.add(s));
                b = roundTrip(b);
                b.accept(p.at(i), p.period(), p.x()[i], p.y()[i], Double.NaN, (s, e, peak, d) -> restored.add(s));
            }
        }
        a.finish((s, e, peak, d) -> straight.add(s));
        b.finish((s, e, peak, d) -> restored.add(s));
        assertThat(straight).isNotEmpty().isEqualTo(restored);
        assertThat(b.topSpeed()).isEqualTo(a.topSpeed());
        assertThat(b.distance()).isEqualTo(a.distance());
    }

    @Test
    void distanceAndTopSpeedFromTheProviderSpeed() {
        PlayerSpeedTrack track = new PlayerSpeedTrack(SprintRule.DFL_FROM_2025_26);
        for (long t = 0; t <= 10_000; t += 40) {
            track.accept(t, 1, 0, 0, 5.0, (s, e, p, d) -> { });
        }
        track.accept(20_000, 1, 0, 0, 5.0, (s, e, p, d) -> { }); // after a gap: no distance across it
        assertThat(track.distance()).isCloseTo(50.0, within(1e-9));
        assertThat(track.topSpeed()).isEqualTo(5.0);
    }

    private static PlayerSpeedTrack roundTrip(PlayerSpeedTrack track) throws IOException {
        var bytes = new ByteArrayOutputStream();
        track.writeTo(new DataOutputStream(bytes));
        return PlayerSpeedTrack.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
