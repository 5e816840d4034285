package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.model.FactDetails.MatchInfo.Period;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wall-clock times for StatsBomb events, whose timestamps count from the start of their period.
 * Period 1 starts at the kick-off. StatsBomb does not say when later periods started, so each starts a
 * break after the previous one ended: 15 minutes at half-time (the Laws' maximum, the Bundesliga's
 * practice), 5 before and within extra time. A period ends at its Half End event; its length for that
 * purpose is the latest timestamp in it, so a period without Half End still places the next one.
 */
final class SbClock {
    private static final Duration HALF_TIME = Duration.ofMinutes(15);
    private static final Duration OTHER_BREAK = Duration.ofMinutes(5);

    private final Map<Integer, Instant> starts;
    private final List<Period> periods;

    private SbClock(Map<Integer, Instant> starts, List<Period> periods) {
        this.starts = starts;
        this.periods = periods;
    }

    static SbClock of(Instant kickOff, JsonNode events) {
        TreeMap<Integer, Duration> lengths = new TreeMap<>();
        Map<Integer, Duration> ended = new HashMap<>();
        for (JsonNode e : events) {
            int period = e.path("period").asInt();
            Duration t = offset(e);
            lengths.merge(period, t, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            if ("Half End".equals(SbJson.type(e))) {
                ended.merge(period, t, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        Map<Integer, Instant> starts = new TreeMap<>();
        List<Period> periods = new ArrayList<>();
        Instant start = kickOff;
        Duration previous = null;
        for (var p : lengths.entrySet()) {
            if (previous != null) {
                start = start.plus(previous).plus(p.getKey() == 2 ? HALF_TIME : OTHER_BREAK);
            }
            starts.put(p.getKey(), start);
            Duration end = ended.get(p.getKey());
            periods.add(new Period(p.getKey(), start, end == null ? null : start.plus(end)));
            previous = p.getValue();
        }
        return new SbClock(starts, List.copyOf(periods));
    }

    Instant at(JsonNode event) {
        return starts.get(event.path("period").asInt()).plus(offset(event));
    }

    List<Period> periods() {
        return periods;
    }

    private static Duration offset(JsonNode event) {
        return Duration.ofNanos(LocalTime.parse(SbJson.text(event, "timestamp")).toNanoOfDay());
    }
}
