package skill.core.skills;

import org.junit.jupiter.api.Test;
import skill.core.Facts;
import skill.core.minutes.MatchSheet;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.standings.ScoreFormula;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;
import skill.core.standings.StandingsCalculator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static skill.core.Facts.min;

class SprinterModelTest {
    private final SprinterModel model = new SprinterModel();

    private Map<String, SortedMap<String, Double>> counts(Facts.Fact... facts) {
        List<MatchFact> live = Arrays.stream(facts).map(Facts.Fact::fact).toList();
        return model.countsByPlayer(live, MatchSheet.of(live));
    }

    private static Facts.Fact sprint(String playerId) {
        return Facts.sprint(playerId, min(20), min(20.05), 8.1);
    }

    /** A full match of {@code playerId} in which these facts happened. */
    private PlayerMatchLine line(String playerId, String matchId, Facts.Fact... facts) {
        return new PlayerMatchLine("BL1", Facts.SEASON, matchId, 1, playerId, playerId, Facts.HOME, null, 90 * 60_000,
                counts(facts).getOrDefault(playerId, new TreeMap<>()), Facts.KICK_OFF);
    }

    @Test
    void countsSprintsAndTheTopSpeedInKmhPerMatch() {
        Map<String, SortedMap<String, Double>> c = counts(sprint("A"), sprint("A"), sprint("A"), sprint("B"),
                Facts.speedSummary("A", 9.5), Facts.speedSummary("C", 8.0));

        assertEquals(Set.of("A", "B", "C"), c.keySet());
        assertEquals(3.0, c.get("A").get("sprints"));
        assertEquals(34.2, c.get("A").get("topSpeedKmh"), 1e-9);
        assertEquals(Map.of("sprints", 1.0), c.get("B"), "no summary, no top speed");
        assertEquals(Set.of("topSpeedKmh"), c.get("C").keySet());
        assertEquals(28.8, c.get("C").get("topSpeedKmh"), 1e-9);
    }

    @Test
    void ofSeveralSummariesOfAPlayerTheHighestHolds() {
        assertEquals(36.0, counts(Facts.speedSummary("A", 10.0), Facts.speedSummary("A", 9.0))
                .get("A").get("topSpeedKmh"), 1e-9);
    }

    @Test
    void otherFactTypesCountNothing() {
        assertEquals(Map.of(), counts(Facts.shot("A", 0.3, "GOAL"), Facts.duel("A", "B"),
                Facts.ballWin("A", "RECOVERY"), Facts.lineup(Facts.HOME, Facts.starter("A"))));
    }

    @Test
    void seasonTopSpeedIsTheMaximumAndTheAverageTheMeanOfMatchesWithASummary() {
        SeasonTotals season = SeasonTotals.of(List.of(
                line("A", "M1", sprint("A"), sprint("A"), sprint("A"), Facts.speedSummary("A", 9.5)),
                line("A", "M2", sprint("A"), sprint("A"), Facts.speedSummary("A", 9.0)),
                line("A", "M3", sprint("A"))));

        Map<String, Double> m = model.metrics(season);

        assertEquals(List.of("topSpeedKmh", "avgTopSpeedKmh", "sprints", "sprintsPer90"), List.copyOf(m.keySet()));
        assertEquals(34.2, m.get("topSpeedKmh"), 1e-9);
        assertEquals(33.3, m.get("avgTopSpeedKmh"), 1e-9, "M3 has no summary, so it is not a 0 in the mean");
        assertEquals(6.0, m.get("sprints"));
        assertEquals(2.0, m.get("sprintsPer90"), 1e-12);
    }

    @Test
    void speedMetricsAreNullWithoutSummaries() {
        Map<String, Double> m = model.metrics(SeasonTotals.of(List.of(line("B", "M1", sprint("B")))));

        assertEquals(List.of("topSpeedKmh", "avgTopSpeedKmh", "sprints", "sprintsPer90"), List.copyOf(m.keySet()));
        assertNull(m.get("topSpeedKmh"));
        assertNull(m.get("avgTopSpeedKmh"));
        assertEquals(1.0, m.get("sprints"));
        assertEquals(1.0, m.get("sprintsPer90"), 1e-12);
    }

    @Test
    void rankedOverASeasonOfSeveralMatches() {
        Map<String, List<PlayerMatchLine>> lines = Map.of(
                "A", List.of(line("A", "M1", sprint("A"), Facts.speedSummary("A", 9.5)),
                        line("A", "M2", sprint("A"), sprint("A"), Facts.speedSummary("A", 9.0)),
                        line("A", "M3")),
                "B", List.of(line("B", "M1"), line("B", "M2"), line("B", "M3")),
                "C", List.of(line("C", "M1", sprint("C"), sprint("C"), Facts.speedSummary("C", 10.0)),
                        line("C", "M2", sprint("C"), sprint("C"), Facts.speedSummary("C", 9.8)),
                        line("C", "M3", Facts.speedSummary("C", 9.9))));

        Standings s = new StandingsCalculator(model, new ScoreFormula(model.defaultWeights()), 270)
                .standings("BL1", Facts.SEASON, lines);

        assertEquals(List.of("C", "A", "B"), s.entries().stream().map(StandingEntry::playerId).toList());
        assertEquals(2, s.eligiblePlayers(), "B has minutes but no tracking: not ranked as a sprinter");
        assertEquals(Map.of("topSpeedKmh", 36.0, "avgTopSpeedKmh", 35.64, "sprints", 4.0, "sprintsPer90", 1.333),
                s.entries().get(0).metrics());
        assertEquals(1.0, s.entries().get(0).score());
        StandingEntry b = s.entries().get(2);
        assertNull(b.metrics().get("topSpeedKmh"));
        assertNull(b.metrics().get("avgTopSpeedKmh"));
        assertNull(b.rank());
        assertNull(b.score());
        assertFalse(b.eligible());
    }

    @Test
    void aSeasonWithoutTrackingRanksNobody() {
        Map<String, List<PlayerMatchLine>> lines = Map.of(
                "A", List.of(line("A", "M1"), line("A", "M2"), line("A", "M3")),
                "B", List.of(line("B", "M1"), line("B", "M2"), line("B", "M3")));

        Standings s = new StandingsCalculator(model, new ScoreFormula(model.defaultWeights()), 270)
                .standings("BL1", Facts.SEASON, lines);

        assertEquals(0, s.eligiblePlayers());
        assertEquals(List.of(), s.ranking().entries());
        assertEquals(2, s.entries().size(), "every player keeps a profile, unranked");
    }

    @Test
    void onlyTrackingCountsAsTheSprintersData() {
        assertTrue(model.hasData(SeasonTotals.of(List.of(line("A", "M1", Facts.speedSummary("A", 9.0))))));
        assertTrue(model.hasData(SeasonTotals.of(List.of(line("A", "M1", sprint("A"))))));
        assertFalse(model.hasData(SeasonTotals.of(List.of(line("A", "M1")))));
        assertTrue(new FinisherModel().hasData(SeasonTotals.of(List.of(line("A", "M1")))), "event data: every match");
    }

    @Test
    void averageTopSpeedAndSprintFrequencyLeadTheScore() {
        Map<String, Double> w = model.defaultWeights();

        assertTrue(model.metrics(SeasonTotals.of(List.of())).keySet().containsAll(w.keySet()), w.toString());
        assertTrue(w.get("avgTopSpeedKmh") > w.get("topSpeedKmh"), w.toString());
        assertTrue(w.get("sprintsPer90") > w.get("sprints"), w.toString());
    }

    @Test
    void identity() {
        assertEquals(Skill.SPRINTER, model.skill());
        assertEquals(Set.of(FactType.SPRINT, FactType.SPEED_SUMMARY), model.countedTypes());
        assertTrue(SkillModels.of(Skill.SPRINTER).orElseThrow() instanceof SprinterModel);
        List<Skill> registered = SkillModels.all().stream().map(SkillModel::skill).toList();
        assertEquals(registered.stream().sorted().toList(), registered, "models are listed in the skills' order");
    }
}
