package skill.calculators.streams;

import org.junit.jupiter.api.Test;
import skill.core.sprints.SprintRule;

import static org.assertj.core.api.Assertions.assertThat;

class SprintMatchStateTest {

    @Test
    void keepsTheCompetitionOrNone() {
        for (String competition : new String[] {"BL2", null}) {
            SprintMatchState match = match();
            match.competition = competition;

            SprintMatchState read = SprintMatchState.fromBytes(match.toBytes(new StateOutput()));

            assertThat(read.competition).isEqualTo(competition);
            assertThat(read.players).containsOnlyKeys("P1");
            assertThat(read.players.get("P1").track.topSpeed()).isEqualTo(match.players.get("P1").track.topSpeed());
        }
    }

    /** State stored before matches had a competition: the players alone. */
    @Test
    void readsStateStoredBeforeTheCompetitionAsNone() throws Exception {
        SprintMatchState match = match();
        StateOutput old = new StateOutput().reset();
        old.writeInt(1);
        old.writeUTF("P1");
        match.players.get("P1").writeTo(old);

        SprintMatchState read = SprintMatchState.fromBytes(old.toByteArray());

        assertThat(read.competition).isNull();
        assertThat(read.players).containsOnlyKeys("P1");
        assertThat(read.players.get("P1").season).isEqualTo("2023-24");
    }

    private static SprintMatchState match() {
        SprintTrackState player = new SprintTrackState(SprintRule.DFL_UNTIL_2024_25);
        player.season = "2023-24";
        player.teamId = "T1";
        for (int i = 0; i < 100; i++) {
            player.track.accept(i * 40L, 1, i * 0.3, 0, i < 50 ? 3.0 : 7.5, (start, end, peak, distance) -> { });
        }
        SprintMatchState match = new SprintMatchState();
        match.players.put("P1", player);
        return match;
    }
}
