package skill.calculators.reference;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import skill.calculators.reference.ReferenceRanking.Entry;
import skill.calculators.reference.SkillsDriver.Published;
import skill.core.skills.Skill;
import skill.core.skills.SkillModel;
import skill.core.skills.SkillModels;
import skill.core.standings.Ranking;
import skill.core.standings.StandingEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Contract §3's last rule as a property: whatever the order, duplicates, stale versions, corrections
 * and deletions on the way, every skill's topology publishes exactly what the plain batch
 * {@link ReferenceRanking} computes from the final fact set — each player's metrics, minutes,
 * eligibility, score and rank, and the top 10.
 *
 * <p>Whether an ineligible player with no minutes and nothing counted is listed is left open: the
 * contract does not say, and such an entry carries no information.
 */
class ReferenceRankingPropertyTest {
    private static final long MIN_MINUTES = 90;
    private static final AtomicInteger SEASON_YEAR = new AtomicInteger(2100);
    private static SkillsDriver skills;

    /** One player's published standing, from either side. */
    private record Row(String playerId, Integer rank, Double score, boolean eligible, long minutes,
                       Map<String, Double> metrics) {
        boolean blank() {
            return minutes == 0 && metrics.values().stream().allMatch(v -> v == null || v == 0.0);
        }

        @Override
        public String toString() {
            return playerId + " rank " + rank + " score " + score + (eligible ? "" : " not eligible")
                    + " minutes " + minutes + " " + metrics;
        }
    }

    @Property(tries = 100)
    void everySkillPublishesWhatTheReferenceComputesFromTheFinalFacts(@ForAll("seasons") Genome genome) {
        Scenario scenario = Scenario.of(genome, nextSeason());
        Map<Skill, Published> published = run(scenario);
        List<String> problems = new ArrayList<>();
        for (SkillModel model : SkillModels.all()) {
            List<Row> expected = ReferenceRanking.standings(model.skill(), scenario.messages(),
                    model.defaultWeights(), MIN_MINUTES).stream().map(ReferenceRankingPropertyTest::row).toList();
            problems.addAll(differences(model.skill(), expected, published.get(model.skill())));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " differences from the reference (season "
                    + scenario.season() + "):\n  " + String.join("\n  ", problems));
        }
    }

    @Provide
    Arbitrary<Genome> seasons() {
        return Genome.arbitrary();
    }

    private static List<String> differences(Skill skill, List<Row> expected, Published published) {
        List<Row> actual = published.standings() == null ? List.of()
                : published.standings().entries().stream().map(ReferenceRankingPropertyTest::row).toList();
        List<String> problems = new ArrayList<>();
        List<Row> ranked = expected.stream().filter(Row::eligible).toList();
        List<Row> actualRanked = actual.stream().filter(Row::eligible).toList();
        for (int i = 0; i < Math.max(ranked.size(), actualRanked.size()); i++) {
            Row want = i < ranked.size() ? ranked.get(i) : null;
            Row got = i < actualRanked.size() ? actualRanked.get(i) : null;
            if (!Objects.equals(want, got)) {
                problems.add(skill + " place " + (i + 1) + ": expected " + want + "\n    but was " + got);
            }
        }
        Map<String, Row> others = notEligible(expected);
        Map<String, Row> actualOthers = notEligible(actual);
        TreeSet<String> players = new TreeSet<>(others.keySet());
        players.addAll(actualOthers.keySet());
        for (String p : players) {
            Row want = others.get(p);
            Row got = actualOthers.get(p);
            boolean unlisted = want == null ? got.blank() : got == null && want.blank();
            if (!unlisted && !Objects.equals(want, got)) {
                problems.add(skill + " not eligible: expected " + want + "\n    but was " + got);
            }
        }
        List<Row> top = ranked.stream().limit(10).toList();
        List<Row> actualTop = published.ranking() == null ? List.of()
                : published.ranking().entries().stream().map(ReferenceRankingPropertyTest::row).toList();
        if (!top.equals(actualTop)) {
            problems.add(skill + " top 10: expected " + top + "\n    but was " + actualTop);
        }
        return problems;
    }

    private static Map<String, Row> notEligible(List<Row> rows) {
        Map<String, Row> byPlayer = new TreeMap<>();
        rows.stream().filter(r -> !r.eligible()).forEach(r -> byPlayer.put(r.playerId(), r));
        return byPlayer;
    }

    private static Row row(Entry e) {
        return new Row(e.playerId(), e.rank(), e.score(), e.eligible(), e.minutesPlayed(), e.metrics());
    }

    private static Row row(StandingEntry e) {
        return new Row(e.playerId(), e.rank(), e.score(), e.eligible(), e.minutesPlayed(), e.metrics());
    }

    private static Row row(Ranking.Entry e) {
        return new Row(e.playerId(), e.rank(), e.score(), true, e.minutesPlayed(), e.metrics());
    }

    private static Map<Skill, Published> run(Scenario scenario) {
        if (skills == null) {
            skills = new SkillsDriver(MIN_MINUTES);
        }
        try {
            return skills.run(scenario);
        } catch (RuntimeException e) {
            closeDriver();  // a topology that threw may hold half a try: the next one starts afresh
            throw e;
        }
    }

    /** Each try its own season (and so its own matchIds), as the topology stays open across tries. */
    private static String nextSeason() {
        int year = SEASON_YEAR.getAndIncrement();
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }

    @AfterContainer
    static void closeDriver() {
        if (skills != null) {
            skills.close();
            skills = null;
        }
    }
}
