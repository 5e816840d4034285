package skill.core.standings;

import org.junit.jupiter.api.Test;
import skill.core.codec.Json;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryMetricsTest {

    private static Map<String, Double> given() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("xgPerShot", 0.25);
        m.put("goals", null);
        m.put("shots", 12.0);
        return m;
    }

    @Test
    void holdsTheSameEntriesInTheSameOrderAndEqualsTheMapItCameFrom() {
        Map<String, Double> compact = EntryMetrics.of(given());

        assertThat(compact).isInstanceOf(EntryMetrics.class).isEqualTo(given()).hasSameHashCodeAs(given());
        assertThat(given()).isEqualTo(compact);
        assertThat(compact.keySet()).containsExactly("xgPerShot", "goals", "shots");
        assertThat(compact.get("shots")).isEqualTo(12.0);
        assertThat(compact.get("goals")).isNull();
        assertThat(compact.containsKey("goals")).isTrue();
        assertThat(compact.get("assists")).isNull();
        assertThat(compact.containsKey("assists")).isFalse();
        assertThat(Json.write(compact)).isEqualTo(Json.write(given()));
    }

    @Test
    void isImmutable() {
        Map<String, Double> compact = EntryMetrics.of(given());

        assertThatThrownBy(() -> compact.put("shots", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compact.entrySet().iterator().next().setValue(1.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStandingEntryKeepsItsMetricsCompactAndStillEqualsOneMadeFromAPlainMap() {
        StandingEntry a = new StandingEntry(1, "p", "P", "t", "Team", 1.5, 90, true, given());
        StandingEntry b = Json.read(Json.write(a), StandingEntry.class);

        assertThat(a.metrics()).isInstanceOf(EntryMetrics.class);
        assertThat(b.metrics()).isInstanceOf(EntryMetrics.class);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void aNullNameIsKeptAsGivenNotDropped() {
        Map<String, Double> m = new HashMap<>();
        m.put(null, 1.0);

        assertThat(EntryMetrics.of(m)).isEqualTo(m);
        assertThat(EntryMetrics.of(null)).isNull();
    }
}
