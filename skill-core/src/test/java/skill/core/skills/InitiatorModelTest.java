package skill.core.skills;

import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.minutes.MatchSheet;
import skill.core.model.MatchFact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static skill.core.Facts.min;

class InitiatorModelTest {
    private final InitiatorModel model = new InitiatorModel();

    private static Map<String, SortedMap<String, Double>> counts(InitiatorModel model, List<Facts.Fact> facts) {
        List<MatchFact> live = facts.stream().map(Facts.Fact::fact).toList();
        return model.countsByPlayer(live, MatchSheet.of(live));
    }

    private Map<String, SortedMap<String, Double>> counts(Facts.Fact... facts) {
        return counts(model, List.of(facts));
    }

    /** A player's counts: xAssist and its difficult passes, then xSecondAssist and its difficult passes. */
    private static SortedMap<String, Double> line(double xAssist, double difficult, double xSecond, double difficult2) {
        return new TreeMap<>(Map.of("xAssist", xAssist, "difficultPassesAssisted", difficult,
                "xSecondAssist", xSecond, "difficultPassesAssisted2", difficult2));
    }

    /** An easy (xPass 0.9), successful open-play pass in possession P1. */
    private static Facts.Fact pass(String from, String to, long seq) {
        return Facts.pass(from, to).with("xPass", 0.9).possession("P1").seq(seq);
    }

    private static Facts.Fact shot(String by, double xGoals, long seq) {
        return Facts.shot(by, xGoals, "SAVED").possession("P1").seq(seq);
    }

    @Test
    void theNamedPassIsTheFirstAssistAsGivenEvenInAnotherPossessionUnsuccessfulOrToSomeoneElse() {
        Facts.Fact named = pass("B", "Z", 2).with("successful", false);
        var c = counts(pass("C", "B", 1), named, pass("E", "B", 3).possession("P2"), pass("D", "A", 4).possession("P2"),
                shot("A", 0.5, 5).possession("P2").with("assistFactId", named.id()));

        // The second assist is looked for in the first assist's possession, P1.
        assertEquals(Map.of("B", line(0.5, 0, 0, 0), "C", line(0, 0, 0.5, 0)), c);
    }

    @Test
    void whileTheNamedPassIsMissingOrDeletedOrNoPassTheShotHasNoAssists() {
        Facts.Fact c = pass("C", "D", 1);
        Facts.Fact d = pass("D", "A", 2); // without the field, D would be the first assist and C the second
        Facts.Fact named = pass("B", "A", 3);
        Facts.Fact retraction = Facts.envelope("PASS").with("factId", named.id()).with("deleted", true);
        Facts.Fact duel = Facts.duel("A", "X").seq(3);
        Facts.Fact shot = shot("A", 0.5, 4).with("assistFactId", named.id());

        assertEquals(Map.of(), counts(c, d, shot), "missing");
        assertEquals(Map.of(), counts(c, d, retraction, shot), "deleted");
        assertEquals(Map.of(), counts(c, d, duel, shot("A", 0.5, 4).with("assistFactId", duel.id())), "no pass");
        assertEquals(Set.of("B"), counts(c, d, named, shot).keySet(), "once the pass is there, it counts");
    }

    @Test
    void derivedFirstAssistIsTheLatestSuccessfulPassToTheShooterInThePossessionBeforeTheShot() {
        var c = counts(pass("H", "A", 1), pass("C", "A", 2), pass("B", "A", 3).with("successful", false),
                pass("D", "A", 4).possession("P2"), pass("E", "F", 5), shot("A", 0.5, 6), pass("G", "A", 7));

        assertEquals(Map.of("C", line(0.5, 0, 0, 0)), c);
    }

    @Test
    void aShotWithoutPossessionHasNoDerivedAssist() {
        assertEquals(Map.of(), counts(pass("B", "A", 1), shot("A", 0.5, 2).without("possessionId")));
    }

    @Test
    void secondAssistIsTheLatestSuccessfulPassToTheFirstAssistPasserBeforeTheFirstAssist() {
        var c = counts(pass("D", "B", 1), pass("C", "B", 2), pass("E", "B", 3).with("successful", false),
                pass("G", "B", 4).possession("P2"), pass("B", "A", 5), pass("F", "B", 6), shot("A", 0.5, 7));

        assertEquals(Map.of("B", line(0.5, 0, 0, 0), "C", line(0, 0, 0.5, 0)), c);
    }

    /** The two kinds of pass the skill leaves out. */
    private static final List<UnaryOperator<Facts.Fact>> EXCLUDED =
            List.of(p -> p.with("kind", "CROSS"), p -> p.with("setPiece", "FREE_KICK"));

    @Test
    void aCrossOrFreeKickFirstAssistEarnsNothingAndTheSecondIsJudgedOnItsOwn() {
        for (UnaryOperator<Facts.Fact> excluded : EXCLUDED) {
            var c = counts(pass("C", "B", 1), excluded.apply(pass("B", "A", 2)), shot("A", 0.5, 3));

            assertEquals(Map.of("C", line(0, 0, 0.5, 0)), c, "C stays the second assist; nothing shifts up");
        }
    }

    @Test
    void aCrossOrFreeKickSecondAssistEarnsNothing() {
        for (UnaryOperator<Facts.Fact> excluded : EXCLUDED) {
            var c = counts(pass("D", "C", 1), excluded.apply(pass("C", "B", 2)), pass("B", "A", 3), shot("A", 0.5, 4));

            assertEquals(Map.of("B", line(0.5, 0, 0, 0)), c, "D, one link further back, never moves up either");
        }
    }

    @Test
    void ownGoalsHaveNoAssists() {
        Facts.Fact named = pass("B", "A", 2);
        var c = counts(pass("C", "B", 1), named, shot("A", 0.5, 3).with("ownGoal", true),
                shot("A", 0.5, 4).with("ownGoal", true).with("assistFactId", named.id()));

        assertEquals(Map.of(), c);
    }

    @Test
    void passesBelowTheDefaultThresholdOfHalfAreDifficult() {
        var c = counts(pass("C", "B", 1).with("xPass", 0.5), pass("B", "A", 2).with("xPass", 0.49), shot("A", 0.5, 3),
                pass("B", "C", 4).with("xPass", 0.2).possession("P2"),
                pass("C", "A", 5).without("xPass").possession("P2"), shot("A", 0.25, 6).possession("P2"));

        assertEquals(Map.of("B", line(0.5, 1, 0.25, 1), "C", line(0.25, 0, 0.5, 0)), c);
    }

    @Test
    void aPassWithoutXPassStillAssistsButIsNeverDifficult() {
        // Its difficulty is unknown: even at threshold 1, where every pass with an xPass is difficult, it is not.
        var c = counts(new InitiatorModel(1.0), List.of(pass("C", "B", 1).without("xPass"),
                pass("B", "A", 2).without("xPass"), shot("A", 0.5, 3)));

        assertEquals(Map.of("B", line(0.5, 0, 0, 0), "C", line(0, 0, 0.5, 0)), c);
    }

    @Test
    void theDifficultyThresholdIsConfigurable() {
        var c = counts(new InitiatorModel(0.3), List.of(pass("C", "B", 1).with("xPass", 0.29),
                pass("B", "A", 2).with("xPass", 0.3), shot("A", 0.5, 3)));

        assertEquals(Map.of("B", line(0.5, 0, 0, 0), "C", line(0, 0, 0.5, 1)), c);
    }

    @Test
    void xAssistSumsTheAssistedShotsXGoals() {
        var c = counts(pass("B", "A", 1), shot("A", 0.5, 2), pass("B", "A", 3).possession("P2"),
                shot("A", 0.25, 4).possession("P2"), pass("B", "C", 5).possession("P3"),
                shot("C", 0.125, 6).possession("P3"));

        assertEquals(Map.of("B", line(0.875, 0, 0, 0)), c);
    }

    @Test
    void matchOrderIsBySequenceThenOccurredAtThenFactId() {
        UnaryOperator<Facts.Fact> easy = p -> p.with("xPass", 0.9).possession("P1");
        assertEquals(Set.of("Y"), counts(easy.apply(Facts.pass("X", "A")).seq(1).at(min(2)),
                easy.apply(Facts.pass("Y", "A")).seq(2).at(min(1)), shot("A", 0.5, 3).at(min(3))).keySet());
        assertEquals(Set.of("X"), counts(easy.apply(Facts.pass("X", "A")).at(min(2)),
                easy.apply(Facts.pass("Y", "A")).at(min(1)), shot("A", 0.5, 3).without("sequence").at(min(3))).keySet());
        assertEquals(Set.of("X"), counts(easy.apply(Facts.pass("X", "A")).with("factId", "PB").at(min(1)),
                easy.apply(Facts.pass("Y", "A")).with("factId", "PA").at(min(1)),
                shot("A", 0.5, 3).without("sequence").at(min(2))).keySet());
    }

    private static List<Facts.Fact> match() {
        Facts.Fact named = pass("E", "F", 8).possession("P3");
        return List.of(pass("C", "B", 1), pass("B", "A", 2).with("xPass", 0.3), shot("A", 0.5, 3),
                pass("A", "C", 4).possession("P2"), pass("C", "B", 5).possession("P2").with("kind", "CROSS"),
                shot("B", 0.25, 6).possession("P2"),
                pass("D", "E", 7).possession("P3"), named, shot("F", 0.125, 9).possession("P3")
                        .with("assistFactId", named.id()));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheFacts() {
        List<Facts.Fact> facts = match();
        var expected = counts(model, facts);
        // P2's crossed first assist earns C nothing, yet A, who passed to C, is its second assist.
        assertEquals(Map.of("A", line(0, 0, 0.25, 0), "B", line(0.5, 1, 0, 0), "C", line(0, 0, 0.5, 0),
                "D", line(0, 0, 0.125, 0), "E", line(0.125, 0, 0, 0)), expected);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<Facts.Fact> shuffled = new ArrayList<>(facts);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, counts(model, shuffled));
        }
    }

    @Test
    void aLateMiddlePassChangesTheResultAsIfItHadBeenThereFromTheStart() {
        Facts.Fact first = pass("B", "A", 2);
        Facts.Fact shot = shot("A", 0.5, 3);
        Facts.Fact late = pass("C", "B", 1);
        assertEquals(Map.of("B", line(0.5, 0, 0, 0)), counts(first, shot));

        var afterLateArrival = counts(first, shot, late);

        assertEquals(counts(late, first, shot), afterLateArrival);
        assertEquals(line(0, 0, 0.5, 0), afterLateArrival.get("C"));
    }
}
