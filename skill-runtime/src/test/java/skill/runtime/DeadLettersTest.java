package skill.runtime;

import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLettersTest {

    @Test
    void aMessageThatFitsKeepsItsKeyAndBytesUntouched() {
        byte[] value = new byte[DeadLetters.MAX_VALUE_BYTES];
        DeadLetters.Letter letter = DeadLetters.of("M1", value, "not JSON", "match-facts", 2, 42);

        assertThat(letter.key()).isEqualTo("M1");
        assertThat(letter.value()).isSameAs(value);
        assertThat(header(letter, DeadLetters.REASON)).isEqualTo("not JSON");
        assertThat(header(letter, DeadLetters.SOURCE_TOPIC)).isEqualTo("match-facts");
        assertThat(header(letter, DeadLetters.SOURCE_PARTITION)).isEqualTo("2");
        assertThat(header(letter, DeadLetters.SOURCE_OFFSET)).isEqualTo("42");
        assertThat(letter.headers().lastHeader(DeadLetters.ORIGINAL_SIZE)).isNull();
        assertThat(letter.headers().lastHeader(DeadLetters.ORIGINAL_SHA256)).isNull();
    }

    @Test
    void aLargerValueKeepsItsFirstBytesWithItsSizeAndHash() throws Exception {
        byte[] value = new byte[3 * 1024 * 1024];
        Arrays.fill(value, (byte) 'x');
        value[value.length - 1] = 'y';

        DeadLetters.Letter letter = DeadLetters.of("M1", value, "too large", "match-facts", 0, 1);

        assertThat(letter.value()).isEqualTo(Arrays.copyOf(value, DeadLetters.MAX_VALUE_BYTES));
        assertThat(header(letter, DeadLetters.ORIGINAL_SIZE)).isEqualTo(Integer.toString(3 * 1024 * 1024));
        assertThat(header(letter, DeadLetters.ORIGINAL_SHA256))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value)));
    }

    @Test
    void aLongerKeyKeepsItsFirstCharactersAndItsLength() {
        DeadLetters.Letter letter = DeadLetters.of("k".repeat(5000), null, "message has no value", "match-facts", 0, 1);

        assertThat(letter.key()).isEqualTo("k".repeat(DeadLetters.MAX_KEY_CHARS));
        assertThat(header(letter, DeadLetters.ORIGINAL_KEY_LENGTH)).isEqualTo("5000");
        assertThat(letter.value()).isNull();
    }

    @Test
    void theReasonIsEscaped() {
        DeadLetters.Letter letter = DeadLetters.of("M1", new byte[0], "season was '\u001b[2J\n'", "match-facts", 0, 1);

        assertThat(header(letter, DeadLetters.REASON)).isEqualTo("season was '\\u001b[2J\\n'");
    }

    private static String header(DeadLetters.Letter letter, String name) {
        Header h = letter.headers().lastHeader(name);
        return new String(h.value(), StandardCharsets.UTF_8);
    }
}
