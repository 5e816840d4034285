package skill.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTest {

    @Test
    void controlCharactersAreEscapedSoTheyCannotDriveATerminalOrForgeALogLine() {
        assertThat(Printable.escape("F1\u001b[2J")).isEqualTo("F1\\u001b[2J");
        assertThat(Printable.escape("a\nWARN forged\r\tb")).isEqualTo("a\\nWARN forged\\r\\tb");
        assertThat(Printable.escape("\u0000\u007f\u009b")).isEqualTo("\\u0000\\u007f\\u009b"); // NUL, DEL, C1 CSI
    }

    @Test
    void invisibleFormatCharactersAndSeparatorsAreEscaped() {
        assertThat(Printable.escape("abc\u202Efed")).isEqualTo("abc\\u202efed"); // right-to-left override
        assertThat(Printable.escape("a\u2028b\u2029c\u200Bd")).isEqualTo("a\\u2028b\\u2029c\\u200bd");
        assertThat(Printable.escape("tag\uDB40\uDC01")).isEqualTo("tag\\udb40\\udc01"); // U+E0001, a format character
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        assertThat(Printable.escape("a\uD800b\uDC00")).isEqualTo("a\\ud800b\\udc00");
        assertThat(Printable.escape("goal ⚽ 😀")).isEqualTo("goal ⚽ 😀");
    }

    @Test
    void printableTextStaysAsItIs() {
        String text = "Thomas Müller — Ødegaard, Çalhanoğlu \"quoted\" \\u001b";
        assertThat(Printable.escape(text)).isEqualTo(text);
        assertThat(Printable.escape(null)).isEqualTo("null");
    }
}
