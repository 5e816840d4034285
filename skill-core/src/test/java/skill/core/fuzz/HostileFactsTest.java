package skill.core.fuzz;

import org.junit.jupiter.api.Test;
import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class HostileFactsTest {

    @Test
    void everyHostileMessageIsRejectedWithAReason() {
        HostileFacts.messages(7, 20_000).forEach(bytes -> {
            FactParse parse = FactCodec.read(bytes);
            assertThat(parse.isValid()).as(() -> preview(bytes)).isFalse();
            assertThat(parse.reason()).isNotBlank();
        });
    }

    @Test
    void theSameSeedGivesTheSameMessages() {
        assertThat(HostileFacts.messages(3, 200).toList())
                .zipSatisfy(HostileFacts.messages(3, 200).toList(), (a, b) -> assertThat(Arrays.equals(a, b)).isTrue());
    }

    private static String preview(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
