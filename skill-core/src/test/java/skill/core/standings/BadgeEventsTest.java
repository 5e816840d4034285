package skill.core.standings;

import org.junit.jupiter.api.Test;
import skill.core.model.FactType;
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
    private static final BadgeEvent.Cause CAUSE =
            new BadgeEvent.Cause("M7", "F42", FactType.SHOT, "P11", Instant.parse("2023-10-08T14:59:30Z"));
    private static final List<String> ELEVEN = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11");

    /** Every player eligible, ranked in the given order, score 1.0 for #1 falling by 0.05 per place. */
    private static Standings standings(Instant at, List<String> order) {
        List<StandingEntry> entries = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            entries.add(new StandingEntry(i + 1, order.get(i), "Name " + order.get(i), "T1", "Team 1", score(i + 1),
                    300, true, Map.of("goals", (double) order.size() - i)));
        }
        return new Standings("BL2", SEASON, Skill.FINISHER, 3, at, order.size(), entries);
    }

    /** The same players and places, the scores given per place (ties where they repeat). */
    private static Standings scored(Instant at, List<String> order, double... scores) {
        Standings s = standings(at, order);
        List<StandingEntry> entries = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            StandingEntry e = s.entries().get(i);
            entries.add(new StandingEntry(e.rank(), e.playerId(), e.playerName(), e.teamId(), e.teamName(), scores[i],
                    e.minutesPlayed(), true, e.metrics()));
        }
        return new Standings(s.competition(), s.season(), s.skill(), s.asOfMatchday(), at, s.eligiblePlayers(), entries);
    }

    private static List<BadgeEvent> between(Standings before, Standings now) {
        return BadgeEvents.between(before, now, CAUSE, true);
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
        return new BadgeEvent("BL2", SEASON, Skill.FINISHER, player, "Name " + player, "T1", "Team 1", kind, oldRank,
                newRank, score, NOW, true, CAUSE);
    }

    @Test
    void identicalTopTenGivesNoEvents() {
        Standings before = standings(BEFORE, ELEVEN);

        assertEquals(List.of(), between(before, standings(NOW, ELEVEN)));
    }

    @Test
    void changesBelowTheTopTenGiveNoEvents() {
        Standings before = standings(BEFORE, ELEVEN);
        List<String> more = new ArrayList<>(ELEVEN);
        more.add(10, "P12");

        assertEquals(List.of(), between(before, standings(NOW, more)));
    }

    @Test
    void aNewEntrantPushesTheTenthOut() {
        Standings before = standings(BEFORE, ELEVEN);
        Standings now = standings(NOW, order("P1", "P2", "P3", "P4", "NEW", "P5", "P6", "P7", "P8", "P9", "P10", "P11"));

        Map<String, BadgeEvent> events = byPlayer(between(before, now));

        assertEquals(event("NEW", ENTERED_TOP10, null, 5, score(5)), events.get("NEW"));
        assertEquals(event("P10", LEFT_TOP10, 10, 11, score(11)), events.get("P10"));
        for (int r = 5; r <= 9; r++) {
            assertEquals(event("P" + r, RANK_CHANGED, r, r + 1, score(r + 1)), events.get("P" + r));
        }
        assertEquals(7, events.size(), events.keySet().toString());
    }

    @Test
    void aPlayerWhoLeftTheStandingsAltogetherLeavesWithoutRank() {
        Standings before = standings(BEFORE, ELEVEN);
        List<String> without = new ArrayList<>(ELEVEN);
        without.remove("P10");
        without.add("P12");

        Map<String, BadgeEvent> events = byPlayer(between(before, standings(NOW, without)));

        assertEquals(event("P10", LEFT_TOP10, 10, null, null), events.get("P10"));
        assertEquals(event("P11", ENTERED_TOP10, null, 10, score(10)), events.get("P11"));
        assertEquals(2, events.size());
    }

    @Test
    void aNewNumberOneIsANewLeader() {
        Standings before = standings(BEFORE, ELEVEN);
        Standings now = standings(NOW, order("P2", "P1", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11"));

        Map<String, BadgeEvent> events = byPlayer(between(before, now));

        assertEquals(event("P2", NEW_LEADER, 2, 1, score(1)), events.get("P2"));
        assertEquals(event("P1", RANK_CHANGED, 1, 2, score(2)), events.get("P1"));
        assertEquals(2, events.size());
    }

    @Test
    void aLeaderFromOutsideTheTopTenIsANewLeader() {
        Standings before = standings(BEFORE, ELEVEN);
        Standings now = standings(NOW, order("P11", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10"));

        Map<String, BadgeEvent> events = byPlayer(between(before, now));

        assertEquals(event("P11", NEW_LEADER, null, 1, score(1)), events.get("P11"));
        assertEquals(event("P10", LEFT_TOP10, 10, 11, score(11)), events.get("P10"));
        assertEquals(RANK_CHANGED, events.get("P1").kind());
        assertEquals(11, events.size());
    }

    @Test
    void movesWithinTheTopTenAreRankChanges() {
        Standings before = standings(BEFORE, ELEVEN);
        Standings now = standings(NOW, order("P1", "P2", "P4", "P3", "P5", "P6", "P7", "P8", "P10", "P9", "P11"));

        List<BadgeEvent> events = between(before, now);

        assertEquals(List.of(
                event("P4", RANK_CHANGED, 4, 3, score(3)),
                event("P3", RANK_CHANGED, 3, 4, score(4)),
                event("P10", RANK_CHANGED, 10, 9, score(9)),
                event("P9", RANK_CHANGED, 9, 10, score(10))), events);
    }

    @Test
    void theFirstRankingEverNamesALeaderAndNineEntrants() {
        Standings now = standings(NOW, ELEVEN);

        Map<String, BadgeEvent> events = byPlayer(between(null, now));

        assertEquals(10, events.size());
        assertEquals(event("P1", NEW_LEADER, null, 1, 1.0), events.get("P1"));
        for (int r = 2; r <= 10; r++) {
            assertEquals(event("P" + r, ENTERED_TOP10, null, r, score(r)), events.get("P" + r));
        }
        assertFalse(events.containsKey("P11"), "rank 11 holds no badge");
    }

    @Test
    void aRankingThatEmptiesLetsEveryoneLeave() {
        Standings before = standings(BEFORE, order("P1", "P2"));

        Map<String, BadgeEvent> events = byPlayer(between(before, standings(NOW, List.of())));

        assertEquals(event("P1", LEFT_TOP10, 1, null, null), events.get("P1"));
        assertEquals(event("P2", LEFT_TOP10, 2, null, null), events.get("P2"));
    }

    @Test
    void eventsCarryTheCompetitionTheTeamTheCauseAndWhetherItIsLive() {
        BadgeEvent e = BadgeEvents.between(null, standings(NOW, ELEVEN), CAUSE, false).get(0);

        assertEquals("BL2", e.competition());
        assertEquals("Team 1", e.teamName());
        assertEquals(CAUSE, e.cause());
        assertFalse(e.live());
    }

    @Test
    void playersSwappingPlacesAtTheSameScoreTellNoStory() {
        // P3 and P4 share 0.9: fewer minutes or the playerId decide their order, which is no story.
        Standings before = scored(BEFORE, ELEVEN, 1.0, 0.95, 0.9, 0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5);
        Standings now = scored(NOW, order("P1", "P2", "P4", "P3", "P5", "P6", "P7", "P8", "P9", "P10", "P11"),
                1.0, 0.95, 0.9, 0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5);

        assertEquals(List.of(), between(before, now));
    }

    @Test
    void aTieAtTheTenthPlaceMovesNoOneInOrOut() {
        Standings before = scored(BEFORE, ELEVEN, 1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5, 0.5);
        Standings now = scored(NOW, order("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P11", "P10"),
                1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5, 0.5);

        assertEquals(List.of(), between(before, now));
    }

    @Test
    void breakingATieIsAStory() {
        Standings before = scored(BEFORE, ELEVEN, 1.0, 0.95, 0.9, 0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5);
        Standings now = scored(NOW, order("P1", "P2", "P4", "P3", "P5", "P6", "P7", "P8", "P9", "P10", "P11"),
                1.0, 0.95, 0.92, 0.9, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5);

        Map<String, BadgeEvent> events = byPlayer(between(before, now));

        assertEquals(RANK_CHANGED, events.get("P4").kind());
        assertEquals(RANK_CHANGED, events.get("P3").kind());
        assertEquals(2, events.size());
    }
}
