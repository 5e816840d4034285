package skill.core.standings;

import skill.core.standings.BadgeEvent.Cause;
import skill.core.standings.BadgeEvent.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The badge events between two standings' top 10s: one per player whose place changed, named by the
 * most newsworthy change (a new leader, then entering or leaving, then moving within the top 10).
 * Identical top 10s give none, so a recomputation that changes nothing tells no story; nor does a
 * tie: a player whose score and shared place ({@link Standings#sharedRank}) stayed the same only
 * swapped places with an equal, which is no story.
 */
public final class BadgeEvents {
    private BadgeEvents() {
    }

    /**
     * @param before the standings published last, or null for none
     * @param cause  the latest fact counted in the recomputation that gave {@code after}
     * @param live   whether that fact was counted within the live window of occurring
     */
    public static List<BadgeEvent> between(Standings before, Standings after, Cause cause, boolean live) {
        Ranking was = before == null ? null : before.ranking();
        Ranking now = after.ranking();
        Map<String, Ranking.Entry> old = byPlayer(was);
        Map<String, Ranking.Entry> top = byPlayer(now);
        List<BadgeEvent> events = new ArrayList<>();
        for (Ranking.Entry e : now.entries()) {
            Ranking.Entry prior = old.get(e.playerId());
            Integer oldRank = prior == null ? null : prior.rank();
            if (Objects.equals(oldRank, e.rank()) || onlyTied(before, after, e.playerId())) {
                continue;
            }
            Kind kind = e.rank() == 1 ? Kind.NEW_LEADER : prior == null ? Kind.ENTERED_TOP10 : Kind.RANK_CHANGED;
            events.add(new BadgeEvent(now.competition(), now.season(), now.skill(), e.playerId(), e.playerName(),
                    e.teamId(), e.teamName(), kind, oldRank, e.rank(), e.score(), now.updatedAt(), live, cause));
        }
        for (Ranking.Entry e : was == null ? List.<Ranking.Entry>of() : was.entries()) {
            if (!top.containsKey(e.playerId()) && !onlyTied(before, after, e.playerId())) {
                var current = after.entryOf(e.playerId());
                events.add(new BadgeEvent(now.competition(), now.season(), now.skill(), e.playerId(), e.playerName(),
                        e.teamId(), e.teamName(), Kind.LEFT_TOP10, e.rank(),
                        current.map(StandingEntry::rank).orElse(null), current.map(StandingEntry::score).orElse(null),
                        now.updatedAt(), live, cause));
            }
        }
        return events;
    }

    /** Same score and same shared place before and after: only the tie-break between equals moved him. */
    private static boolean onlyTied(Standings before, Standings after, String playerId) {
        if (before == null) {
            return false;
        }
        Double was = before.entryOf(playerId).map(StandingEntry::score).orElse(null);
        Double now = after.entryOf(playerId).map(StandingEntry::score).orElse(null);
        return was != null && was.equals(now)
                && Objects.equals(before.sharedRank(playerId), after.sharedRank(playerId));
    }

    private static Map<String, Ranking.Entry> byPlayer(Ranking ranking) {
        return ranking == null ? Map.of() : ranking.entries().stream()
                .collect(Collectors.toMap(Ranking.Entry::playerId, Function.identity()));
    }
}
