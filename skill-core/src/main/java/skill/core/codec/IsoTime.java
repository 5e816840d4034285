package skill.core.codec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 times with an offset, as {@link OffsetDateTime#parse} reads them, but the common form
 * {@code 2024-03-09T14:30:00.040Z} without a formatter: every fact and frame carries one or two, and
 * the formatter was a tenth of a calculator's CPU. Anything else, valid or not, goes to the formatter,
 * so what is accepted and the message of what is not stay the formatter's.
 */
final class IsoTime {
    private IsoTime() {
    }

    /** @throws DateTimeParseException as {@link OffsetDateTime#parse} does */
    static Instant parse(String text) {
        Instant fast = utc(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with every field in range, or null. */
    private static Instant utc(String text) {
        int n = text.length();
        if (n < 20 || n == 21 || n > 30 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || (n > 20 && text.charAt(19) != '.')) {
            return null;
        }
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int nanos = n > 20 ? digits(text, 20, n - 1) : 0;
        if ((hour | minute | second | year | month | day | nanos) < 0 || hour > 23 || minute > 59 || second > 59
                || month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        for (int i = n - 1 - 20; n > 20 && i < 9; i++) {
            nanos *= 10;
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The decimal number in text[from, to), or -1 if a character is no digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
