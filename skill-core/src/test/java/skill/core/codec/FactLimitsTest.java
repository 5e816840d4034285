package skill.core.codec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import skill.core.Facts;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static skill.core.Facts.starter;

/** What one hostile message may make us hold is bounded, and each bound gives a precise reason. */
class FactLimitsTest {

    @Test
    void anOverlongIdIsRejected() {
        FactParse parse = FactCodec.read(Facts.shot("x".repeat(FieldReader.MAX_TEXT_LENGTH + 1), 0.2, "WIDE").bytes());

        assertThat(parse.reason()).contains("playerId must be at most 256 characters, was 257");
    }

    @Test
    void anIdAtTheLimitIsAccepted() {
        assertThat(FactCodec.read(Facts.shot("x".repeat(FieldReader.MAX_TEXT_LENGTH), 0.2, "WIDE").bytes()).isValid())
                .isTrue();
    }

    @Test
    void anOverlongListIsRejected() {
        ObjectNode[] squad = new ObjectNode[FieldReader.MAX_LIST_SIZE + 1];
        for (int i = 0; i < squad.length; i++) {
            squad[i] = starter("P" + i);
        }

        assertThat(FactCodec.read(Facts.lineup(Facts.HOME, squad).bytes()).reason())
                .contains("players must have at most 100 items, had 101");
    }

    @Test
    void aHugeMessageIsRejectedBeforeItIsParsed() {
        byte[] huge = Facts.shot("P1", 0.2, "WIDE").with("comment", "y".repeat(FactCodec.MAX_MESSAGE_BYTES)).bytes();

        assertThat(FactCodec.read(huge).reason()).contains("more than the 65536 a fact may have");
    }

    @Test
    void deepNestingIsRejectedWithoutExhaustingTheStack() {
        String shot = new String(Facts.shot("P1", 0.2, "WIDE").bytes(), StandardCharsets.UTF_8);
        String deep = "{\"extra\":" + "[".repeat(20_000) + "]".repeat(20_000) + "," + shot.substring(1);

        assertThat(FactCodec.read(deep.getBytes(StandardCharsets.UTF_8)).reason())
                .startsWith("not JSON").contains("nesting depth");
    }

    @Test
    void nestingWithinTheLimitInAnIgnoredFieldIsAccepted() {
        ArrayNode nested = Facts.shot("P1", 0.2, "WIDE").json().arrayNode();
        ArrayNode inner = nested;
        for (int i = 0; i < 10; i++) {
            inner = inner.addArray();
        }
        assertThat(FactCodec.read(Facts.shot("P1", 0.2, "WIDE").with("extra", nested).bytes()).isValid()).isTrue();
    }
}
