package skill.core.codec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast path reads exactly what the formatter reads, and leaves everything else to it. */
class IsoTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-09T14:30:00Z", "2024-03-09T14:30:00.040Z", "2024-03-09T14:30:00.4Z",
            "2024-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.123456789Z",
            "2024-03-09T14:30:00+01:00", "2024-03-09T14:30Z", "2024-03-09t14:30:00z", "1970-01-01T00:00:00.000Z",
            "2024-03-09T14:30:00.Z"})
    void readsWhatTheFormatterReads(String text) {
        assertThat(IsoTime.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-09T24:00:00Z", "2024-03-09T14:60:00Z", "2024-03-09T14:30:60Z",
            "2023-02-29T12:00:00Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z", "2024-04-31T00:00:00Z",
            "2024-03-09T14:30:00.1234567890Z", "2024-03-09 14:30:00Z", "2024-03-0xT14:30:00Z",
            "2024-03-09T14:30:00", "+2024-03-09T14:30:00Z", "2024-03-09T14:30:00.-1Z"})
    void rejectsWhatTheFormatterRejects(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTime.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
