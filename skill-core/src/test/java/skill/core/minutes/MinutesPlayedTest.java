package skill.core.minutes;

import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.model.MatchFact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static skill.core.Facts.AWAY;
import static skill.core.Facts.HOME;
import static skill.core.Facts.bench;
import static skill.core.Facts.min;
import static skill.core.Facts.period;
import static skill.core.Facts.starter;

class MinutesPlayedTest {
    /** First half 47 minutes (0'–47'), break, second half 49 minutes (62'–111'): 96 minutes of play. */
    private static MatchFact finished() {
        return Facts.match("FINISHED", period(1, min(0), min(47)), period(2, min(62), min(111))).fact();
    }

    private static MatchFact lineups() {
        return Facts.lineup(HOME, starter("A"), starter("B"), bench("S1"), bench("S2")).fact();
    }

    private static MatchFact awayLineup() {
        return Facts.lineup(AWAY, starter("X"), bench("Y")).fact();
    }

    private static Map<String, Long> millis(List<MatchFact> facts) {
        return MinutesPlayed.millisByPlayer(MatchSheet.of(facts));
    }

    private static long minutes(double m) {
        return Math.round(m * 60_000);
    }

    @Test
    void timeIsExactToTheMillisecond() {
        // Contract §3: 46:03.551 + 50:56.458 = 97:00.009, which shows 97 whole minutes (whole seconds gave 96).
        MatchFact match = Facts.match("FINISHED", period(1, min(0), min(46).plusMillis(3_551)),
                period(2, min(62), min(62 + 50).plusMillis(56_458))).fact();

        long millis = millis(List.of(match, lineups())).get("A");

        assertEquals(97 * 60_000 + 9, millis);
        assertEquals(97, millis / 60_000);
    }

    @Test
    void starterPlaysTheWholeMatchWithStoppageTime() {
        Map<String, Long> s = millis(List.of(finished(), lineups(), awayLineup()));

        assertEquals(minutes(96), s.get("A"));
        assertEquals(minutes(96), s.get("X"));
    }

    @Test
    void benchPlayerWhoNeverCameOnHasZero() {
        Map<String, Long> s = millis(List.of(finished(), lineups(), awayLineup()));

        assertEquals(0L, s.get("S1"));
        assertEquals(0L, s.get("Y"));
    }

    @Test
    void substitutionSplitsTheMatchAtTheSameMoment() {
        Map<String, Long> s = millis(List.of(finished(), lineups(),
                Facts.substitution(HOME, "A", "S1", min(70)).fact()));

        assertEquals(minutes(47 + 8), s.get("A"));
        assertEquals(minutes(41), s.get("S1"));
        assertEquals(minutes(96), s.get("A") + s.get("S1"));
    }

    @Test
    void substitutionDuringTheBreakCountsFromTheSecondHalf() {
        Map<String, Long> s = millis(List.of(finished(), lineups(),
                Facts.substitution(HOME, "A", "S1", min(55)).fact()));

        assertEquals(minutes(47), s.get("A"));
        assertEquals(minutes(49), s.get("S1"));
    }

    @Test
    void sendingOffEndsThePlayersMatch() {
        Map<String, Long> s = millis(List.of(finished(), lineups(), awayLineup(),
                Facts.sendingOff(AWAY, "X", min(80)).fact()));

        assertEquals(minutes(47 + 18), s.get("X"));
        assertEquals(minutes(96), s.get("A"));
    }

    @Test
    void sendingOffOfABenchPlayerChangesNothing() {
        Map<String, Long> s = millis(List.of(finished(), lineups(),
                Facts.sendingOff(HOME, "S2", min(80)).fact()));

        assertEquals(0L, s.get("S2"));
    }

    @Test
    void playerSubbedOnAndLaterOffCountsOnlyTheTimeBetween() {
        Map<String, Long> s = millis(List.of(finished(), lineups(),
                Facts.substitution(HOME, "A", "S1", min(20)).fact(),
                Facts.substitution(HOME, "S1", "S2", min(80)).fact()));

        assertEquals(minutes(20), s.get("A"));
        assertEquals(minutes(27 + 18), s.get("S1"));
        assertEquals(minutes(31), s.get("S2"));
    }

    @Test
    void subbedOnPlayerCanBeSentOff() {
        Map<String, Long> s = millis(List.of(finished(), lineups(),
                Facts.substitution(HOME, "A", "S1", min(65)).fact(),
                Facts.sendingOff(HOME, "S1", min(90)).fact()));

        assertEquals(minutes(25), s.get("S1"));
    }

    @Test
    void runningMatchCountsUpToTheLatestFact() {
        MatchFact live = Facts.match("LIVE", period(1, min(0), min(47)), period(2, min(62), null))
                .at(min(62)).fact();
        MatchFact latest = Facts.shot("A", 0.1, "WIDE").at(min(75)).fact();

        Map<String, Long> s = millis(List.of(live, lineups(), latest,
                Facts.substitution(HOME, "B", "S1", min(70)).fact()));

        assertEquals(minutes(47 + 13), s.get("A"));
        assertEquals(minutes(47 + 8), s.get("B"));
        assertEquals(minutes(5), s.get("S1"));
    }

    @Test
    void runningFirstHalfCountsUpToTheLatestFact() {
        MatchFact live = Facts.match("LIVE", period(1, min(0), null)).fact();

        Map<String, Long> s = millis(List.of(live, lineups(), Facts.pass("A", "B").at(min(33.5)).fact()));

        assertEquals(minutes(33.5), s.get("A"));
    }

    @Test
    void scheduledMatchHasNoMinutesYet() {
        Map<String, Long> s = millis(List.of(Facts.match("SCHEDULED").fact(), lineups()));

        assertEquals(Map.of("A", 0L, "B", 0L, "S1", 0L, "S2", 0L), s);
    }

    @Test
    void withoutAMatchFactEveryoneHasZero() {
        Map<String, Long> s = millis(List.of(lineups(),
                Facts.substitution(HOME, "A", "S1", min(70)).fact(),
                Facts.shot("A", 0.1, "WIDE").at(min(80)).fact()));

        assertEquals(Map.of("A", 0L, "B", 0L, "S1", 0L, "S2", 0L), s);
    }

    @Test
    void noFactsMeansNoPlayers() {
        MatchSheet sheet = MatchSheet.of(List.of());

        assertEquals(Map.of(), MinutesPlayed.millisByPlayer(sheet));
        assertNull(sheet.season());
        assertNull(sheet.latestFactAt());
    }

    @Test
    void orderOfArrivalDoesNotMatter() {
        List<MatchFact> facts = List.of(finished(), lineups(), awayLineup(),
                Facts.substitution(HOME, "A", "S1", min(20)).fact(),
                Facts.substitution(HOME, "S1", "S2", min(80)).fact(),
                Facts.substitution(AWAY, "X", "Y", min(55)).fact(),
                Facts.sendingOff(HOME, "B", min(66)).fact());
        Map<String, Long> expected = millis(facts);

        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<MatchFact> shuffled = new ArrayList<>(facts);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, millis(shuffled), "order " + shuffled.stream().map(MatchFact::factId).toList());
        }
        assertEquals(minutes(66 - 15), expected.get("B"));
        assertEquals(minutes(49), expected.get("Y"));
    }

    @Test
    void sheetNamesPlayersTheirTeamsAndTheMatch() {
        MatchFact match = Facts.match("FINISHED", period(1, min(0), min(47))).with("matchday", 7).fact();
        MatchSheet sheet = MatchSheet.of(List.of(lineups(), awayLineup(), match,
                Facts.shot("X", 0.1, "WIDE").with("matchday", 7).at(min(40)).fact()));

        assertEquals(Facts.SEASON, sheet.season());
        assertEquals(7, sheet.matchday());
        assertEquals(min(40), sheet.latestFactAt());
        assertEquals(new MatchSheet.Player("A", "Name of A", HOME, true), sheet.players().get("A"));
        assertEquals(new MatchSheet.Player("Y", "Name of Y", AWAY, false), sheet.players().get("Y"));
        assertEquals(HOME, sheet.matchInfo().homeTeamId());
    }
}
