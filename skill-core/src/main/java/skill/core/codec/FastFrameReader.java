package skill.core.codec;

import skill.core.model.PositionFrame;
import skill.core.model.PositionFrame.TrackedObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the usual shape of a tracking frame straight from its bytes, several times cheaper than
 * Jackson's tokens (the detector reads 25 frames a second per match, and the parse was its largest
 * cost). It takes only what it reads exactly as {@link FrameCodec}'s Jackson path does: the contract's
 * fields, ASCII strings without escapes, numbers of at most 15 digits without exponent, literals of the
 * field's own type. Anything else (an unknown field, a string for a number, broken JSON, a time the
 * fast path cannot read) yields null, and the caller reads the message with Jackson, which also says
 * what is wrong with it. Ids equal to the previous frame's (the same players arrive 25 times a second)
 * are that frame's strings again: no new string, and its hash, which the detector's lookups need, is known.
 */
final class FastFrameReader {
    private static final byte[][] FRAME_FIELDS =
            names("matchId", "competition", "season", "matchday", "period", "frame", "t", "objects");
    private static final byte[][] OBJECT_FIELDS = names("playerId", "teamId", "x", "y", "speed", "ball");
    /** Every power of ten a double holds exactly. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int MAX_DIGITS = 15;
    /** Thrown (without a stack trace) for anything the fast path leaves to Jackson. */
    private static final RuntimeException NOT_USUAL = new RuntimeException("not the usual shape", null, false, false) {
    };

    private final byte[] in;
    /** The frame read before, whose strings are reused where equal; null for none. */
    private final PositionFrame previous;
    private int pos;

    private FastFrameReader(byte[] in, PositionFrame previous) {
        this.in = in;
        this.previous = previous;
    }

    /** The frame, or null when the message is not of the usual shape (Jackson then reads it). */
    static PositionFrame read(byte[] json) {
        return read(json, null);
    }

    /** As {@link #read(byte[])}, reusing {@code previous}'s strings where they are equal. */
    static PositionFrame read(byte[] json, PositionFrame previous) {
        try {
            return new FastFrameReader(json, previous).frame();
        } catch (RuntimeException e) { // not the usual shape, cut short, or a time instant() rejects
            return null;
        }
    }

    private PositionFrame frame() {
        String matchId = null;
        String competition = null;
        String season = null;
        String t = null;
        int matchday = 0;
        int period = 0;
        long frame = 0;
        List<TrackedObject> objects = null;
        expect('{');
        int field = -1;
        if (!next('}')) {
            do {
                field = field(FRAME_FIELDS, field);
                switch (field) {
                    case 0 -> matchId = string(previous == null ? null : previous.matchId());
                    case 1 -> competition = string(previous == null ? null : previous.competition());
                    case 2 -> season = string(previous == null ? null : previous.season());
                    case 3 -> matchday = (int) integer(9);
                    case 4 -> period = (int) integer(9);
                    case 5 -> frame = integer(18);
                    case 6 -> t = string(null);
                    default -> objects = objects();
                }
            } while (next(','));
            expect('}');
        }
        ws();
        if (pos != in.length) {
            throw NOT_USUAL; // Jackson ignores what follows the frame; the fast path leaves it to Jackson
        }
        return new PositionFrame(matchId, competition, season, matchday, period, frame,
                t == null ? null : FrameCodec.instant(t), objects);
    }

    private List<TrackedObject> objects() {
        if (nullLiteral()) {
            return null;
        }
        expect('[');
        List<TrackedObject> objects = new ArrayList<>(24);
        if (!next(']')) {
            do {
                objects.add(object(earlier(objects.size())));
            } while (next(','));
            expect(']');
        }
        return objects;
    }

    /** The previous frame's object at {@code index}: usually the same player. */
    private TrackedObject earlier(int index) {
        return previous != null && index < previous.objects().size() ? previous.objects().get(index) : null;
    }

    private TrackedObject object(TrackedObject earlier) {
        ObjectFields o = new ObjectFields();
        expect('{');
        int field = -1;
        if (!next('}')) {
            do {
                field = field(OBJECT_FIELDS, field);
                switch (field) {
                    case 0 -> o.playerId = string(earlier == null ? null : earlier.playerId());
                    case 1 -> o.teamId = string(earlier == null ? null : earlier.teamId());
                    case 2 -> o.x = nullLiteral() ? 0 : number();
                    case 3 -> o.y = nullLiteral() ? 0 : number();
                    case 4 -> o.speed = nullLiteral() ? null : number();
                    default -> o.ball = nullLiteral() ? null : bool();
                }
            } while (next(','));
            expect('}');
        }
        return o.build();
    }

    /**
     * The index in {@code names} of the field name at the cursor, the cursor after its colon. Fields
     * usually come in the order of {@code names}, so the one after {@code previous} is tried first.
     */
    private int field(byte[][] names, int previous) {
        int usual = (previous + 1) % names.length;
        byte[] name = names[usual];
        ws();
        int end = pos + 1 + name.length;
        if (end < in.length && in[pos] == '"' && in[end] == '"' && named(pos + 1, name)) {
            pos = end + 1;
            expect(':');
            return usual;
        }
        expect('"');
        int start = pos;
        while (in[pos] != '"') {
            pos++;
        }
        int length = pos++ - start;
        expect(':');
        for (int tried = 1; tried <= names.length; tried++) {
            int i = (previous + tried) % names.length;
            if (names[i].length == length && named(start, names[i])) {
                return i;
            }
        }
        throw NOT_USUAL; // unknown fields are Jackson's to skip
    }

    private boolean named(int start, byte[] name) {
        return Arrays.equals(in, start, start + name.length, name, 0, name.length);
    }

    /** A string, or {@code reuse} when it has the same characters. */
    private String string(String reuse) {
        if (nullLiteral()) {
            return null;
        }
        expect('"');
        int start = pos;
        for (byte b = in[pos]; b != '"'; b = in[++pos]) {
            if (b < 0x20 || b == '\\') { // escapes, control characters and non-ASCII (negative) are Jackson's
                throw NOT_USUAL;
            }
        }
        int length = pos++ - start;
        return reuse != null && same(reuse, start, length) ? reuse
                : new String(in, start, length, StandardCharsets.ISO_8859_1);
    }

    /** Whether {@code s} is the ASCII bytes from {@code start}. */
    private boolean same(String s, int start, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != in[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** An integer of at most {@code digits} digits, 0 for null, as Jackson's getIntValue/getLongValue read it. */
    private long integer(int digits) {
        if (nullLiteral()) {
            return 0;
        }
        ws();
        boolean negative = in[pos] == '-';
        pos += negative ? 1 : 0;
        long value = integerPart(digits);
        if (in[pos] == '.' || in[pos] == 'e' || in[pos] == 'E') {
            throw NOT_USUAL;
        }
        return negative ? -value : value;
    }

    /**
     * A number as Jackson's getValueAsDouble reads it: an integer token converted from the long, a
     * decimal correctly rounded (a mantissa below 2^53 times or divided by an exact power of ten up to
     * 10^22 is rounded once, as parseDouble rounds; Clinger's fast path).
     */
    private double number() {
        ws();
        boolean negative = in[pos] == '-';
        pos += negative ? 1 : 0;
        int start = pos;
        long mantissa = integerPart(MAX_DIGITS);
        int digits = pos - start;
        int exponent = 0;
        boolean decimal = false;
        if (in[pos] == '.') {
            pos++;
            int fractionStart = pos;
            long fraction = digits(MAX_DIGITS - digits);
            exponent = fractionStart - pos;
            mantissa = mantissa * (long) POW10[-exponent] + fraction;
            decimal = exponent < 0 || fail();
        }
        if (in[pos] == 'e' || in[pos] == 'E') {
            boolean negativeExponent = in[++pos] == '-';
            pos += negativeExponent || in[pos] == '+' ? 1 : 0;
            int exponentStart = pos;
            long e = digits(3);
            exponent += negativeExponent ? -e : e;
            decimal = pos > exponentStart || fail();
        }
        if (!decimal) {
            return negative ? -mantissa : mantissa; // an int token: Jackson converts the long, so -0 is 0.0
        }
        if (exponent < -22 || exponent > 22) {
            throw NOT_USUAL;
        }
        double value = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
        return negative ? -value : value;
    }

    /** At least one digit and no leading zero before another (JSON forbids it: Jackson's to reject). */
    private long integerPart(int max) {
        int start = pos;
        long value = digits(max);
        if (pos == start || in[start] == '0' && pos - start > 1) {
            throw NOT_USUAL;
        }
        return value;
    }

    /** Up to {@code max} digits as a number; more are Jackson's. */
    private long digits(int max) {
        int start = pos;
        long value = 0;
        while (in[pos] >= '0' && in[pos] <= '9') {
            if (pos - start == max) {
                throw NOT_USUAL;
            }
            value = value * 10 + in[pos++] - '0';
        }
        return value;
    }

    private static boolean fail() {
        throw NOT_USUAL;
    }

    private Boolean bool() {
        if (literal("true")) {
            return Boolean.TRUE;
        }
        if (literal("false")) {
            return Boolean.FALSE;
        }
        throw NOT_USUAL;
    }

    private boolean nullLiteral() {
        return literal("null");
    }

    private boolean literal(String word) {
        ws();
        for (int i = 0; i < word.length(); i++) {
            if (in[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        byte after = in[pos + word.length()]; // a frame never ends in a literal, so there is a byte after it
        if (after >= 'a' && after <= 'z' || after >= '0' && after <= '9') {
            throw NOT_USUAL;
        }
        pos += word.length();
        return true;
    }

    private void expect(char c) {
        ws();
        if (in[pos] != c) {
            throw NOT_USUAL;
        }
        pos++;
    }

    /** Consumes {@code c} if it comes next. */
    private boolean next(char c) {
        ws();
        if (in[pos] != c) {
            return false;
        }
        pos++;
        return true;
    }

    private void ws() {
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\n' || in[pos] == '\r' || in[pos] == '\t')) {
            pos++;
        }
    }

    private static byte[][] names(String... names) {
        byte[][] bytes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            bytes[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }
}
