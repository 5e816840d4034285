package skill.calculators.streams;

import java.io.DataOutput;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A reusable, unsynchronized {@link DataOutput} into a growing array, for state written once per
 * frame: DataOutputStream over ByteArrayOutputStream takes a lock and a capacity check per field.
 * Writes exactly what DataOutputStream writes (big-endian, modified UTF-8), so DataInputStream reads it.
 * One per processor: a task runs on one thread.
 */
final class StateOutput implements DataOutput {
    private ByteBuffer buffer = ByteBuffer.allocate(8192);

    /** Starts over, keeping the array. */
    StateOutput reset() {
        buffer.clear();
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            larger.put(buffer.array(), 0, buffer.position());
            buffer = larger;
        }
        return buffer;
    }

    @Override
    public void write(int b) {
        room(1).put((byte) b);
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        room(len).put(b, off, len);
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        room(2).putShort((short) v);
    }

    @Override
    public void writeChar(int v) {
        room(2).putChar((char) v);
    }

    @Override
    public void writeInt(int v) {
        room(4).putInt(v);
    }

    @Override
    public void writeLong(long v) {
        room(8).putLong(v);
    }

    @Override
    public void writeFloat(float v) {
        room(4).putFloat(v);
    }

    @Override
    public void writeDouble(double v) {
        room(8).putDouble(v);
    }

    @Override
    public void writeBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            write(s.charAt(i));
        }
    }

    @Override
    public void writeChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    @Override
    public void writeUTF(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            length += c >= 1 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
        }
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("String too long for modified UTF-8: " + length + " bytes");
        }
        ByteBuffer out = room(2 + length).putShort((short) length);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 1 && c <= 0x7F) {
                out.put((byte) c);
            } else if (c <= 0x7FF) {
                out.put((byte) (0xC0 | c >> 6)).put((byte) (0x80 | c & 0x3F));
            } else {
                out.put((byte) (0xE0 | c >> 12)).put((byte) (0x80 | c >> 6 & 0x3F)).put((byte) (0x80 | c & 0x3F));
            }
        }
    }
}
