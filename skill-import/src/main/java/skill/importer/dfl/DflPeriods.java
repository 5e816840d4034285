package skill.importer.dfl;

import skill.core.model.FactDetails.MatchInfo.Period;
import skill.core.model.FactDetails.MatchInfo.Status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The periods of play from the KickOff and FinalWhistle events that name a GameSection (a KickOff after
 * a goal names none). Sections are numbered in the order they kicked off, so firstHalf is 1 and
 * secondHalf 2 without relying on section names for extra time, which our data does not show.
 */
final class DflPeriods {
    private final List<Period> periods;

    private DflPeriods(List<Period> periods) {
        this.periods = periods;
    }

    static DflPeriods of(List<DflEvent> events) {
        Map<String, Instant> starts = new HashMap<>();
        Map<String, Instant> ends = new HashMap<>();
        for (DflEvent e : events) {
            String section = DflXml.attr(e.top(), "GameSection");
            if (section == null) {
                continue;
            }
            switch (e.top().getTagName()) {
                case "KickOff" -> starts.merge(section, e.time(), (a, b) -> a.isBefore(b) ? a : b);
                case "FinalWhistle" -> ends.merge(section, e.time(), (a, b) -> a.isAfter(b) ? a : b);
                default -> { }
            }
        }
        List<Map.Entry<String, Instant>> ordered = starts.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList();
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            periods.add(new Period(i + 1, ordered.get(i).getValue(), ends.get(ordered.get(i).getKey())));
        }
        return new DflPeriods(List.copyOf(periods));
    }

    List<Period> list() {
        return periods;
    }

    /** The period running at {@code t}: the latest one started by then (so a half-time event belongs to the
     *  half before it); an event before the kick-off belongs to period 1. Null before any kick-off. */
    Integer at(Instant t) {
        return periods.stream().filter(p -> !p.startedAt().isAfter(t)).map(Period::period)
                .max(Comparator.naturalOrder())
                .orElse(periods.isEmpty() ? null : periods.get(0).period());
    }

    Instant start() {
        return periods.isEmpty() ? null : periods.get(0).startedAt();
    }

    /** Finished once a second (or later) period has ended and no other has started since. */
    Status status() {
        if (periods.isEmpty()) {
            return Status.SCHEDULED;
        }
        Period last = periods.get(periods.size() - 1);
        return last.period() >= 2 && last.endedAt() != null ? Status.FINISHED : Status.LIVE;
    }
}
