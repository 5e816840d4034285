package skill.core;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedDataTest {
    private static final String MISSING = "no-such-provider/no-such-match";

    @Test
    void missingDataSkipsTheTestWithoutTheSwitch() {
        assertThatThrownBy(() -> SharedData.require(MISSING, null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(MISSING).hasMessageContaining("is absent").hasMessageContaining("skipped");
        assertThatThrownBy(() -> SharedData.require(MISSING, "0")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void missingDataFailsTheTestWhereTheSwitchRequiresIt() {
        assertThatThrownBy(() -> SharedData.require(MISSING, "1"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining(MISSING).hasMessageContaining("SKILL_REQUIRE_SHARED_DATA=1 requires it");
    }
}
