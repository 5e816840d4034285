package skill.calculators;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static skill.core.skills.Skill.BALL_WINNER;
import static skill.core.skills.Skill.FINISHER;
import static skill.core.skills.Skill.INITIATOR;

/** Which skills a calculators process runs, and the application id (state, changelogs) that follows. */
class CalculatorsApplicationIdTest {

    @Test
    void noSkillsNamedMeansAllFour() {
        assertThat(CalculatorsService.chosen(List.of())).isEqualTo(EnumSet.allOf(skill.core.skills.Skill.class));
        assertThat(CalculatorsService.chosen(List.of(" ", ""))).hasSize(4);
    }

    @Test
    void theIdNamesTheSkillsInTheirFixedOrderWhateverOrderTheyWereGivenIn() {
        var chosen = CalculatorsService.chosen(List.of(" ball-winner", "finisher ", "initiator"));
        assertThat(chosen).containsExactly(INITIATOR, FINISHER, BALL_WINNER);
        assertThat(CalculatorsService.applicationId("skill-calculator", chosen))
                .isEqualTo("skill-calculator-initiator-finisher-ball-winner");
        assertThat(CalculatorsService.applicationId("skill-calculator", EnumSet.of(FINISHER)))
                .isEqualTo("skill-calculator-finisher");
    }

    @Test
    void anUnknownSkillIsAnErrorNotSkipped() {
        assertThatThrownBy(() -> CalculatorsService.chosen(List.of("finisher", "keeper")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown skill 'keeper' in skill.calculators.skills")
                .hasMessageContaining("initiator, finisher, sprinter, ball-winner");
    }
}
