package skill.core.skills;

import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.model.MatchFact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static skill.core.Facts.AWAY;
import static skill.core.Facts.HOME;
import static skill.core.Facts.MATCH_ID;
import static skill.core.Facts.SEASON;
import static skill.core.Facts.bench;
import static skill.core.Facts.min;
import static skill.core.Facts.period;
import static skill.core.Facts.starter;

class MatchLinesTest {
    private static final int MATCHDAY = 5;

    private static MatchFact onMatchday(Facts.Fact f) {
        return f.with("matchday", MATCHDAY).fact();
    }

    /** A finished 90-minute match: A scores a penalty and misses, S1 comes on, X (away) scores an own goal. */
    private static List<MatchFact> match() {
        return List.of(
                onMatchday(Facts.match("FINISHED", period(1, min(0), min(45)), period(2, min(60), min(105)))),
                onMatchday(Facts.lineup(HOME, starter("A"), starter("B"), bench("S1"), bench("S2"))),
                onMatchday(Facts.lineup(AWAY, starter("X"))),
                onMatchday(Facts.shot("A", 0.75, "GOAL").with("setPiece", "PENALTY").at(min(10))),
                onMatchday(Facts.shot("A", 0.125, "WIDE").at(min(30))),
                onMatchday(Facts.shot("X", 0.02, "GOAL").with("ownGoal", true).with("teamId", AWAY).at(min(40))),
                onMatchday(Facts.substitution(HOME, "B", "S1", min(75))));
    }

    private static SortedMap<String, Double> counts(double goals, double xGoals, double shots) {
        return new TreeMap<>(Map.of("goals", goals, "xGoals", xGoals, "shots", shots));
    }

    @Test
    void oneLinePerPlayerOnTheSheet() {
        Map<String, PlayerMatchLine> lines = MatchLines.of(MATCH_ID, match(), new FinisherModel());

        assertEquals(Set.of("A", "B", "S1", "S2", "X"), lines.keySet());
    }

    @Test
    void lineOfTheScorer() {
        PlayerMatchLine a = MatchLines.of(MATCH_ID, match(), new FinisherModel()).get("A");

        assertEquals(new PlayerMatchLine(Facts.COMPETITION, SEASON, MATCH_ID, MATCHDAY, "A", "Name of A", HOME, "Home FC", 90 * 60_000,
                counts(1, 0.875, 2), min(75)), a); // updatedAt: the latest fact, the substitution
    }

    @Test
    void linesOfSubstitutesAndOwnGoalScorer() {
        Map<String, PlayerMatchLine> lines = MatchLines.of(MATCH_ID, match(), new FinisherModel());

        assertEquals(60 * 60_000, lines.get("B").millisPlayed());
        assertEquals(30 * 60_000, lines.get("S1").millisPlayed());
        assertEquals(0, lines.get("S2").millisPlayed());
        assertEquals(Map.of(), lines.get("S2").counts());
        assertEquals(Map.of(), lines.get("X").counts(), "an own goal counts for nobody");
        assertEquals(AWAY, lines.get("X").teamId());
        assertEquals("Name of X", lines.get("X").playerName());
    }

    @Test
    void shooterMissingFromTheLineupsStillGetsALine() {
        List<MatchFact> facts = new ArrayList<>(match());
        facts.add(onMatchday(Facts.shot("Z", 0.3, "GOAL").with("teamId", AWAY).at(min(90))));

        PlayerMatchLine z = MatchLines.of(MATCH_ID, facts, new FinisherModel()).get("Z");

        assertNull(z.playerName());
        assertEquals(AWAY, z.teamId());
        assertEquals(0, z.millisPlayed());
        assertEquals(counts(1, 0.3, 1), z.counts());
    }

    @Test
    void aRetractedGoalIsGoneFromTheLines() {
        List<MatchFact> facts = new ArrayList<>(match());
        MatchFact late = onMatchday(Facts.shot("A", 0.5, "GOAL").at(min(100)));
        facts.add(late);
        assertEquals(counts(2, 1.375, 3), MatchLines.of(MATCH_ID, facts, new FinisherModel()).get("A").counts());

        facts.remove(late); // the caller passes live facts only: a deleted fact is simply left out

        assertEquals(MatchLines.of(MATCH_ID, match(), new FinisherModel()),
                MatchLines.of(MATCH_ID, facts, new FinisherModel()));
    }

    @Test
    void aSubstituteMissingFromTheLineupsPlaysForTheSideThatBroughtHimOn() {
        List<MatchFact> facts = new ArrayList<>(match());
        facts.add(onMatchday(Facts.substitution(AWAY, "X", "Y", min(90))));

        PlayerMatchLine y = MatchLines.of(MATCH_ID, facts, new FinisherModel()).get("Y");
        assertEquals(AWAY, y.teamId());
        assertEquals(15 * 60_000, y.millisPlayed());
    }

    @Test
    void linesDoNotDependOnTheOrderOfFacts() {
        List<MatchFact> reversed = new ArrayList<>(match());
        Collections.reverse(reversed);

        assertEquals(MatchLines.of(MATCH_ID, match(), new FinisherModel()),
                MatchLines.of(MATCH_ID, reversed, new FinisherModel()));
    }
}
