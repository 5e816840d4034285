package skill.core.skills;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankingKeyTest {

    @Test
    void writesAndReadsTheCurrentAndTheMatchdayForm() {
        RankingKey current = RankingKey.current("2023-24", Skill.BALL_WINNER);

        assertThat(current.key()).isEqualTo("2023-24|BALL_WINNER").isEqualTo(Skill.BALL_WINNER.rankingKey("2023-24"));
        assertThat(current.asOf(7).key()).isEqualTo("2023-24|BALL_WINNER|7");
        assertThat(RankingKey.parse("2023-24|BALL_WINNER")).isEqualTo(current);
        assertThat(RankingKey.parse("2023-24|BALL_WINNER|7")).isEqualTo(new RankingKey("2023-24", Skill.BALL_WINNER, 7));
    }

    @Test
    void anythingElseIsAClearError() {
        for (String bad : new String[]{null, "", "2023-24", "|FINISHER", "2023-24|finisher", "2023-24|FINISHER|x",
                "2023-24|FINISHER|7|8"}) {
            assertThatThrownBy(() -> RankingKey.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Key '" + bad + "'");
        }
    }
}
