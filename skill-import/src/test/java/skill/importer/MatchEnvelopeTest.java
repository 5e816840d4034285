package skill.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchEnvelopeTest {

    @Test
    void providerSeasonsBecomeContractSeasons() {
        assertThat(MatchEnvelope.season("2022/2023")).isEqualTo("2022-23");
        assertThat(MatchEnvelope.season("1999/2000")).isEqualTo("1999-00");
    }

    @Test
    void anUnreadableSeasonIsAnError() {
        assertThatThrownBy(() -> MatchEnvelope.season("2022-23")).hasMessageContaining("2022-23");
    }
}
