package skill.calculators.reference;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import skill.calculators.reference.ReferenceRanking.Entry;
import skill.calculators.reference.Scenario.Scope;
import skill.calculators.reference.SkillsDriver.Published;
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
 * eligibility, score and rank, and the top 10. And per competition and season (contract, 2026-12-03):
 * the facts of 2–3 scopes arrive interleaved, players on loan play in two competitions of a season,
 * and each scope's rankings are the reference's over that scope's messages alone, published under its
 * own keys and no others.
 *
 * <p>Whether an ineligible player with no minutes and nothing counted is listed is left open: the
 * contract does not say, and such an entry carries no information.
 */
class ReferenceRankingPropertyTest {
    private static final long MIN_MINUTES = 90;
    private static final AtomicInteger FIRST_YEAR = new AtomicInteger(2100);
    private static final Published NOTHING = new Published(null, null);
    private static SkillsDriver skills;
    private static boolean finished;

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

    @Property(tries = 50)
    void everyScopesSkillsPublishWhatTheReferenceComputesFromItsFinalFacts(@ForAll("leagues") LeagueGenome genome) {
        Scenario scenario = Scenario.of(genome, nextFirstYear());
        Map<String, Published> published = new TreeMap<>(run(scenario));
        List<String> problems = new ArrayList<>();
        for (Scope scope : scenario.scopes()) {
            for (SkillModel model : SkillModels.all()) {
                List<Row> expected = ReferenceRanking.standings(model.skill(), scope.messages(),
                        model.defaultWeights(), MIN_MINUTES).stream().map(ReferenceRankingPropertyTest::row).toList();
                String key = model.skill().rankingKey(scope.competition(), scope.season());
                problems.addAll(differences(key, expected, Objects.requireNonNullElse(published.remove(key), NOTHING)));
            }
        }
        published.keySet().forEach(key -> problems.add(key + ": published, but no scope of the try has this key"));
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " differences from the reference:\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Provide
    Arbitrary<LeagueGenome> leagues() {
        return LeagueGenome.arbitrary();
    }

    private static List<String> differences(String key, List<Row> expected, Published published) {
        List<Row> actual = published.standings() == null ? List.of()
                : published.standings().entries().stream().map(ReferenceRankingPropertyTest::row).toList();
        List<String> problems = new ArrayList<>();
        List<Row> ranked = expected.stream().filter(Row::eligible).toList();
        List<Row> actualRanked = actual.stream().filter(Row::eligible).toList();
        for (int i = 0; i < Math.max(ranked.size(), actualRanked.size()); i++) {
            Row want = i < ranked.size() ? ranked.get(i) : null;
            Row got = i < actualRanked.size() ? actualRanked.get(i) : null;
            if (!Objects.equals(want, got)) {
                problems.add(key + " place " + (i + 1) + ": expected " + want + "\n    but was " + got);
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
                problems.add(key + " not eligible: expected " + want + "\n    but was " + got);
            }
        }
        List<Row> top = ranked.stream().limit(10).toList();
        List<Row> actualTop = published.ranking() == null ? List.of()
                : published.ranking().entries().stream().map(ReferenceRankingPropertyTest::row).toList();
        if (!top.equals(actualTop)) {
            problems.add(key + " top 10: expected " + top + "\n    but was " + actualTop);
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

    /**
     * Synchronized with {@link #finish}: shrinking runs tries on a thread of its own and, past its time
     * bound, goes on while the container closes.
     */
    private static synchronized Map<String, Published> run(Scenario scenario) {
        if (finished) {
            throw new IllegalStateException("the container has finished: no more tries");
        }
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

    /** Each try seasons (and so matchIds) of its own, as the topology stays open across tries. */
    private static int nextFirstYear() {
        return FIRST_YEAR.getAndAdd(1 + Scenario.SCOPES.stream().mapToInt(Scenario.Place::yearsLater).max().orElseThrow());
    }

    @AfterContainer
    static synchronized void finish() {
        finished = true;
        closeDriver();
    }

    private static void closeDriver() {
        if (skills != null) {
            skills.close();
            skills = null;
        }
    }
}
