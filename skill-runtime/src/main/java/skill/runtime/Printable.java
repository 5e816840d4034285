package skill.runtime;

/**
 * Text from outside (a fact's fields, a rejection reason that quotes them, a message's bytes) made safe
 * for a terminal and a log: a record must not clear an operator's screen ({@code ESC[2J}), move the
 * cursor, reorder text (bidi overrides) or forge a log line (a newline). Every character that is not
 * drawn — controls, format characters, line and paragraph separators, unpaired surrogates — is shown as
 * a Java escape (a newline as {@code \n}, ESC as backslash-u001b); everything else, umlauts and emoji
 * included, stays as it is.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with every character that is not drawn escaped; null stays "null". */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        // codePoints() yields an unpaired surrogate as itself, so it is escaped too (type SURROGATE).
        text.codePoints().forEach(cp -> {
            if (drawn(cp)) {
                out.appendCodePoint(cp);
            } else {
                for (char c : Character.toChars(cp)) {
                    appendEscaped(out, c);
                }
            }
        });
        return out.toString();
    }

    private static boolean drawn(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> false;
            default -> true;
        };
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(String.format("\\u%04x", (int) c));
        }
    }
}
