package skill.core.skills;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankingKeyTest {

    @Test
    void writesAndReadsTheCurrentAndTheMatchdayForm() {
        RankingKey current = RankingKey.current("BL2", "2023-24", Skill.BALL_WINNER);

        assertThat(current.key()).isEqualTo("BL2|2023-24|BALL_WINNER")
                .isEqualTo(Skill.BALL_WINNER.rankingKey("BL2", "2023-24"));
        assertThat(current.asOf(7).key()).isEqualTo("BL2|2023-24|BALL_WINNER|7");
        assertThat(current.asOf(7).current()).isEqualTo(current);
        assertThat(current.scope()).isEqualTo("BL2|2023-24");
        assertThat(RankingKey.parse("BL2|2023-24|BALL_WINNER")).isEqualTo(current);
        assertThat(RankingKey.parse("BL2|2023-24|BALL_WINNER|7"))
                .isEqualTo(new RankingKey("BL2", "2023-24", Skill.BALL_WINNER, 7));
    }

    @Test
    void anythingElseIsAClearError() {
        for (String bad : new String[]{null, "", "2023-24", "2023-24|FINISHER", "|2023-24|FINISHER", "BL1||FINISHER",
                "BL1|2023-24|finisher", "BL1|2023-24|FINISHER|x", "BL1|2023-24|FINISHER|7|8"}) {
            assertThatThrownBy(() -> RankingKey.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Key '" + bad + "'");
        }
    }

    @Test
    void keysOfTheFormatBeforeCompetitionsAreLegacy() {
        assertThat(RankingKey.isLegacy("2023-24|FINISHER")).isTrue();
        assertThat(RankingKey.isLegacy("2023-24|FINISHER|7")).isTrue();
        assertThat(RankingKey.isLegacy("BL1|2023-24|FINISHER")).isFalse();
        assertThat(RankingKey.isLegacy("BL1|2023-24|FINISHER|7")).isFalse();
        assertThat(RankingKey.isLegacy("player-7")).isFalse();
        assertThat(RankingKey.isLegacy(null)).isFalse();
    }
}
