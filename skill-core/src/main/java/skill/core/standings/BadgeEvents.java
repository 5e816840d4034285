package skill.core.standings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The badge events between two top 10s: one per player whose place changed, named by the most
 * newsworthy change (a new leader, then entering or leaving, then moving within the top 10).
 * Identical top 10s give none, so a recomputation that changes nothing tells no story.
 */
public final class BadgeEvents {
    private BadgeEvents() {
    }

    /** @param before the top 10 published last, or null for none */
    public static List<BadgeEvent> between(Ranking before, Standings standings) {
        Ranking after = standings.ranking();
        Map<String, Ranking.Entry> old = byPlayer(before);
        Map<String, Ranking.Entry> now = byPlayer(after);
        List<BadgeEvent> events = new ArrayList<>();
        for (Ranking.Entry e : after.entries()) {
            Ranking.Entry was = old.get(e.playerId());
            Integer oldRank = was == null ? null : was.rank();
            if (oldRank != null && oldRank == e.rank()) {
                continue;
            }
            BadgeEvent.Kind kind = e.rank() == 1 ? BadgeEvent.Kind.NEW_LEADER
                    : was == null ? BadgeEvent.Kind.ENTERED_TOP10 : BadgeEvent.Kind.RANK_CHANGED;
            events.add(new BadgeEvent(after.season(), after.skill(), e.playerId(), e.playerName(), kind,
                    oldRank, e.rank(), e.score(), after.updatedAt()));
        }
        for (Ranking.Entry e : before == null ? List.<Ranking.Entry>of() : before.entries()) {
            if (!now.containsKey(e.playerId())) {
                var current = standings.entryOf(e.playerId());
                events.add(new BadgeEvent(after.season(), after.skill(), e.playerId(), e.playerName(),
                        BadgeEvent.Kind.LEFT_TOP10, e.rank(), current.map(StandingEntry::rank).orElse(null),
                        current.map(StandingEntry::score).orElse(null), after.updatedAt()));
            }
        }
        return events;
    }

    private static Map<String, Ranking.Entry> byPlayer(Ranking ranking) {
        return ranking == null ? Map.of() : ranking.entries().stream()
                .collect(Collectors.toMap(Ranking.Entry::playerId, Function.identity()));
    }
}
