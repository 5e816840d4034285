package skill.calculators.streams;

import java.io.DataOutput;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A reusable, unsynchronized {@link DataOutput} into a growing array, for the sprint detector's state
 * (every running match at every commit): DataOutputStream over ByteArrayOutputStream takes a lock and
 * a capacity check per field.
 * Writes exactly what DataOutputStream writes (big-endian, modified UTF-8), so DataInputStream reads it.
 * One per processor: a task runs on one thread.
 */
final class StateOutput implements DataOutput {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes = new byte[8192];
    private int position;

    /** Starts over, keeping the array. */
    StateOutput reset() {
        position = 0;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, position);
    }

    /** Where {@code length} more bytes go, the array grown if needed (call it before reading {@code bytes}). */
    private int room(int length) {
        if (bytes.length - position < length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, position + length));
        }
        int at = position;
        position += length;
        return at;
    }

    @Override
    public void write(int b) {
        int at = room(1);
        bytes[at] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int at = room(len); // before reading the field: room may replace the array
        System.arraycopy(b, off, bytes, at, len);
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
        int at = room(2);
        SHORT.set(bytes, at, (short) v);
    }

    @Override
    public void writeChar(int v) {
        int at = room(2);
        SHORT.set(bytes, at, (short) v);
    }

    @Override
    public void writeInt(int v) {
        int at = room(4);
        INT.set(bytes, at, v);
    }

    @Override
    public void writeLong(long v) {
        int at = room(8);
        LONG.set(bytes, at, v);
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToRawIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToRawLongBits(v));
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
        int at = room(2 + length);
        SHORT.set(bytes, at, (short) length);
        at += 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 1 && c <= 0x7F) {
                bytes[at++] = (byte) c;
            } else if (c <= 0x7FF) {
                bytes[at++] = (byte) (0xC0 | c >> 6);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            } else {
                bytes[at++] = (byte) (0xE0 | c >> 12);
                bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }
}
