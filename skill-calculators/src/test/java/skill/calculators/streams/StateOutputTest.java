package skill.calculators.streams;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class StateOutputTest {

    @Test
    void writesWhatDataOutputStreamWrites() throws IOException {
        var expected = new ByteArrayOutputStream();
        writeAll(new DataOutputStream(expected));
        var output = new StateOutput();
        output.writeUTF("written before a reset");
        writeAll(output.reset());
        assertThat(output.toByteArray()).isEqualTo(expected.toByteArray());
    }

    private static void writeAll(DataOutput out) throws IOException {
        out.writeUTF("DFL-OBJ-0026RH");
        out.writeUTF("Müller \u0000 \u20AC \uD83D\uDE00");
        out.writeInt(-7);
        out.writeLong(Long.MIN_VALUE);
        out.writeDouble(9.42);
        out.writeFloat(1.5f);
        out.writeBoolean(true);
        out.writeShort(-2);
        out.writeChar('é');
        out.writeBytes("ab");
        out.writeChars("cd");
        out.write(new byte[20_000]); // beyond the initial capacity
        out.write(255);
    }
}
