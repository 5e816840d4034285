package skill.core.standings;

import org.junit.jupiter.api.Test;
import skill.core.skills.Skill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static skill.core.standings.BadgeEvent.Kind.ENTERED_TOP10;
import static skill.core.standings.BadgeEvent.Kind.LEFT_TOP10;
import static skill.core.standings.BadgeEvent.Kind.NEW_LEADER;
import static skill.core.standings.BadgeEvent.Kind.RANK_CHANGED;

class BadgeEventsTest {
    private static final String SEASON = "2023-24";
    private static final Instant BEFORE = Instant.parse("2023-10-01T15:00:00Z");
    private static final Instant NOW = Instant.parse("2023-10-08T15:00:00Z");
    private static final List<String> ELEVEN = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11");

    /** Every player eligible, ranked in the given order, score 1.0 for #1 falling by 0.05 per place. */
    private static Standings standings(Instant at, List<String> order) {
        List<StandingEntry> entries = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            entries.add(new StandingEntry(i + 1, order.get(i), "Name " + order.get(i), "T1", score(i + 1),
                    300, true, Map.of("goals", (double) order.size() - i)));
        }
        return new Standings(SEASON, Skill.FINISHER, 3, at, order.size(), entries);
    }

    private static double score(int rank) {
        return 1.0 - 0.05 * (rank - 1);
    }

    private static List<String> order(String... ids) {
        return Arrays.asList(ids);
    }

    private static Map<String, BadgeEvent> byPlayer(List<BadgeEvent> events) {
        Map<String, BadgeEvent> map = events.stream()
                .collect(Collectors.toMap(BadgeEvent::playerId, Function.identity()));
        assertEquals(events.size(), map.size(), "one event per player: " + events);
        return map;
    }

    private static BadgeEvent event(String player, BadgeEvent.Kind kind, Integer oldRank, Integer newRank, Double score) {
        return new BadgeEvent(SEASON, Skill.FINISHER, player, "Name " + player, kind, oldRank, newRank, score, NOW);
    }

    @Test
    void identicalTopTenGivesNoEvents() {
        Ranking before = standings(BEFORE, ELEVEN).ranking();

        assertEquals(List.of(), BadgeEvents.between(before, standings(NOW, ELEVEN)));
    }

    @Test
    void changesBelowTheTopTenGiveNoEvents() {
        Ranking before = standings(BEFORE, ELEVEN).ranking();
        List<String> more = new ArrayList<>(ELEVEN);
        more.add(10, "P12");

        assertEquals(List.of(), BadgeEvents.between(before, standings(NOW, more)));
    }

    @Test
    void aNewEntrantPushesTheTenthOut() {
        Ranking before = standings(BEFORE, ELEVEN).ranking();
        Standings now = standings(NOW, order("P1", "P2", "P3", "P4", "NEW", "P5", "P6", "P7", "P8", "P9", "P10", "P11"));

        Map<String, BadgeEvent> events = byPlayer(BadgeEvents.between(before, now));

        assertEquals(event("NEW", ENTERED_TOP10, null, 5, score(5)), events.get("NEW"));
        assertEquals(event("P10", LEFT_TOP10, 10, 11, score(11)), events.get("P10"));
        for (int r = 5; r <= 9; r++) {
            assertEquals(event("P" + r, RANK_CHANGED, r, r + 1, score(r + 1)), events.get("P" + r));
        }
        assertEquals(7, events.size(), events.keySet().toString());
    }

    @Test
    void aPlayerWhoLeftTheStandingsAltogetherLeavesWithoutRank() {
        Ranking before = standings(BEFORE, ELEVEN).ranking();
        List<String> without = new ArrayList<>(ELEVEN);
        without.remove("P10");
        without.add("P12");

        Map<String, BadgeEvent> events = byPlayer(BadgeEvents.between(before, standings(NOW, without)));

        assertEquals(event("P10", LEFT_TOP10, 10, null, null), events.get("P10"));
        assertEquals(event("P11", ENTERED_TOP10, null, 10, score(10)), events.get("P11"));
        assertEquals(2, events.size());
    }

    @Test
    void aNewNumberOneIsANewLeader() {
        Ranking before = standings(BEFORE, ELEVEN).ranking();
        Standings now = standings(NOW, order("P2", "P1", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11"));

        Map<String, BadgeEvent> events = byPlayer(BadgeEvents.between(before, now));

        assertEquals(event("P2", NEW_LEADER, 2, 1, score(1)), events.get("P2"));
        assertEquals(event("P1", RANK_CHANGED, 1, 2, score(2)), events.get("P1"));
        assertEquals(2, events.size());
    }

    @Test
    void aLeaderFromOutsideTheTopTenIsANewLeader() {
        Ranking before = standings(BEFORE, ELEVEN).ranking();
        Standings now = standings(NOW, order("P11", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10"));

        Map<String, BadgeEvent> events = byPlayer(BadgeEvents.between(before, now));

        assertEquals(event("P11", NEW_LEADER, null, 1, score(1)), events.get("P11"));
        assertEquals(event("P10", LEFT_TOP10, 10, 11, score(11)), events.get("P10"));
        assertEquals(RANK_CHANGED, events.get("P1").kind());
        assertEquals(11, events.size());
    }

    @Test
    void movesWithinTheTopTenAreRankChanges() {
        Ranking before = standings(BEFORE, ELEVEN).ranking();
        Standings now = standings(NOW, order("P1", "P2", "P4", "P3", "P5", "P6", "P7", "P8", "P10", "P9", "P11"));

        List<BadgeEvent> events = BadgeEvents.between(before, now);

        assertEquals(List.of(
                event("P4", RANK_CHANGED, 4, 3, score(3)),
                event("P3", RANK_CHANGED, 3, 4, score(4)),
                event("P10", RANK_CHANGED, 10, 9, score(9)),
                event("P9", RANK_CHANGED, 9, 10, score(10))), events);
    }

    @Test
    void theFirstRankingEverNamesALeaderAndNineEntrants() {
        Standings now = standings(NOW, ELEVEN);

        Map<String, BadgeEvent> events = byPlayer(BadgeEvents.between(null, now));

        assertEquals(10, events.size());
        assertEquals(event("P1", NEW_LEADER, null, 1, 1.0), events.get("P1"));
        for (int r = 2; r <= 10; r++) {
            assertEquals(event("P" + r, ENTERED_TOP10, null, r, score(r)), events.get("P" + r));
        }
        assertFalse(events.containsKey("P11"), "rank 11 holds no badge");
    }

    @Test
    void aRankingThatEmptiesLetsEveryoneLeave() {
        Ranking before = standings(BEFORE, order("P1", "P2")).ranking();

        Map<String, BadgeEvent> events = byPlayer(BadgeEvents.between(before, standings(NOW, List.of())));

        assertEquals(event("P1", LEFT_TOP10, 1, null, null), events.get("P1"));
        assertEquals(event("P2", LEFT_TOP10, 2, null, null), events.get("P2"));
    }
}
