package skill.importer.synthetic;

import org.junit.jupiter.api.Test;
import skill.core.codec.FactCodec;
import skill.core.codec.FactParse;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.skills.MatchLines;
import skill.core.skills.PlayerMatchLine;
import skill.core.skills.Skill;
import skill.core.skills.SkillModels;
import skill.importer.synthetic.Fixtures.Fixture;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SeasonGeneratorTest {

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
        assertThat(digest(new SeasonGenerator(42, 2))).isEqualTo(digest(new SeasonGenerator(42, 2)));
        assertThat(digest(new SeasonGenerator(43, 2))).isNotEqualTo(digest(new SeasonGenerator(42, 2)));
    }

    @Test
    void aMatchCanBeGeneratedOnItsOwnAndEqualsItsPartOfTheSeason() {
        SeasonGenerator season = new SeasonGenerator(7, 3);
        Fixture third = season.fixtures().filter(f -> f.matchday() == 3).skip(4).findFirst().orElseThrow();
        List<MatchFact> alone = new SeasonGenerator(7, 3).match(third).facts();
        List<MatchFact> inReplay = season.facts().filter(f -> f.matchId().equals(alone.get(0).matchId())).toList();
        assertThat(inReplay).isEqualTo(alone);
    }

    @Test
    void everyClubMeetsEveryOtherOnceAtHomeAndOnceAway() {
        List<Fixture> all = new SeasonGenerator(1, 34).fixtures().toList();
        assertThat(all).hasSize(306);
        assertThat(all.stream().map(f -> f.home().id() + "-" + f.away().id()).distinct()).hasSize(306);
        Map<Integer, List<Fixture>> byMatchday = all.stream().collect(Collectors.groupingBy(Fixture::matchday));
        assertThat(byMatchday).hasSize(34).allSatisfy((md, fixtures) -> {
            assertThat(fixtures).hasSize(9);
            assertThat(fixtures.stream().flatMap(f -> java.util.stream.Stream.of(f.home(), f.away())).distinct())
                    .hasSize(18);
        });
        Map<String, Long> homeGames = all.stream().collect(Collectors.groupingBy(f -> f.home().id(),
                Collectors.counting()));
        assertThat(homeGames).hasSize(18).allSatisfy((club, n) -> assertThat(n).isEqualTo(17));
    }

    /** The whole season streamed once, counting as it goes: realistic totals, and every fact valid. */
    @Test
    void aSeasonStreamsWithBundesligaLikeRatesAndOnlyValidFacts() {
        SeasonTally tally = new SeasonTally();
        new SeasonGenerator(2025, 34).facts().forEach(tally::add);
        System.out.println("Synthetic season, per match: " + tally.perMatch());

        assertThat(tally.invalid).as("invalid facts").isEmpty();
        assertThat(tally.matches()).isEqualTo(306);
        assertThat(tally.matchdays).hasSize(34);
        assertThat(tally.perMatch(FactType.PASS)).isBetween(850.0, 1100.0);
        assertThat(tally.perMatch(FactType.SHOT)).isBetween(20.0, 30.0);
        assertThat(tally.xGoals / tally.matches()).isBetween(2.5, 3.5);
        assertThat((double) tally.goals / tally.matches()).isBetween(2.4, 3.4);
        assertThat(tally.perMatch(FactType.DUEL)).isBetween(150.0, 260.0);
        assertThat(tally.perMatch(FactType.BALL_WIN)).isBetween(60.0, 160.0);
        assertThat(tally.perMatch(FactType.SUBSTITUTION)).isBetween(6.0, 10.0);
        assertThat(tally.perMatch(FactType.SENDING_OFF)).isBetween(0.05, 0.3);
        assertThat((double) tally.facts / tally.matches()).isBetween(1200.0, 1800.0);
        assertThat(tally.passCompletion()).isBetween(0.75, 0.88);
        assertThat(tally.assistedShots).isGreaterThan(tally.byType.get(FactType.SHOT) / 2);
        assertThat(tally.corrections).isBetween(306L, 306L * 4);
        assertThat(tally.deletions).isBetween(306L * 2, 306L * 10);
        assertThat(tally.finished).isEqualTo(306);
    }

    /** Assists name an earlier completed pass to the shooter; substitutes come from the bench. */
    @Test
    void assistsAndSubstitutionsAreConsistentWithinAMatch() {
        SeasonGenerator season = new SeasonGenerator(3, 1);
        season.fixtures().forEach(fixture -> {
            Map<String, MatchFact> seen = new HashMap<>();
            Set<String> bench = new HashSet<>();
            for (MatchFact f : season.match(fixture).facts()) {
                Lineup lineup = f.detailsAs(Lineup.class);
                if (lineup != null) {
                    lineup.players().stream().filter(p -> !p.starting()).forEach(p -> bench.add(p.playerId()));
                }
                Substitution sub = f.detailsAs(Substitution.class);
                if (sub != null) {
                    assertThat(bench.remove(sub.playerInId())).as("%s comes from the bench", sub.playerInId()).isTrue();
                }
                Shot shot = f.detailsAs(Shot.class);
                if (shot != null && shot.assistFactId() != null) {
                    Pass assist = seen.get(shot.assistFactId()).detailsAs(Pass.class);
                    assertThat(assist.successful()).isTrue();
                    assertThat(assist.receiverId()).isEqualTo(f.playerId());
                }
                seen.putIfAbsent(f.factId(), f);
            }
        });
    }

    /** Every skill model reads a generated match: starters play 90 minutes and more, goals and assists count. */
    @Test
    void theSkillModelsReadAGeneratedMatch() {
        SeasonGenerator season = new SeasonGenerator(1, 1);
        Fixture fixture = season.fixtures().findFirst().orElseThrow();
        Map<String, MatchFact> live = new HashMap<>();
        season.match(fixture).facts().forEach(f -> live.merge(f.factId(), f, (a, b) -> b.version() > a.version() ? b : a));
        live.values().removeIf(MatchFact::deleted);
        String matchId = fixture.matchId();
        Map<Skill, Map<String, PlayerMatchLine>> lines = new java.util.EnumMap<>(Skill.class);
        SkillModels.all().forEach(model -> lines.put(model.skill(), MatchLines.of(matchId, live.values(), model)));

        assertThat(lines.get(Skill.FINISHER).values()).filteredOn(l -> l.millisPlayed() >= 90 * 60_000).hasSizeGreaterThan(12);
        for (Skill skill : List.of(Skill.INITIATOR, Skill.FINISHER, Skill.BALL_WINNER)) {
            assertThat(lines.get(skill).values().stream().flatMap(l -> l.counts().values().stream())
                    .mapToDouble(Double::doubleValue).sum()).as(skill.name()).isPositive();
        }
    }

    private static String digest(SeasonGenerator generator) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        generator.facts().forEach(f -> sha.update(FactCodec.write(f)));
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** Counts only: nothing of the season is kept. */
    private static final class SeasonTally {
        final Map<FactType, Long> byType = new TreeMap<>();
        final Set<String> matchIds = new HashSet<>();
        final Set<Integer> matchdays = new HashSet<>();
        final List<String> invalid = new java.util.ArrayList<>();
        long facts;
        long goals;
        double xGoals;
        long passes;
        long completed;
        long assistedShots;
        long corrections;
        long deletions;
        int finished;

        void add(MatchFact f) {
            byte[] bytes = FactCodec.write(f);
            FactParse parse = FactCodec.read(bytes);
            if (!parse.problems().isEmpty() || !f.equals(parse.fact())) {
                invalid.add(f.factId() + " " + parse.problems());
            }
            facts++;
            matchIds.add(f.matchId());
            matchdays.add(f.matchday());
            if (f.deleted()) {
                deletions++;
                return;
            }
            if (f.version() > 1 && f.type() == FactType.SHOT) {
                corrections++;
                return;
            }
            MatchInfo info = f.detailsAs(MatchInfo.class);
            if (info != null && info.status() == MatchInfo.Status.FINISHED) {
                finished++;
            }
            if (f.version() == 1) {
                byType.merge(f.type(), 1L, Long::sum);
            }
            Shot shot = f.detailsAs(Shot.class);
            if (shot != null) {
                xGoals += shot.xGoals();
                goals += shot.scored() ? 1 : 0;
                assistedShots += shot.assistFactId() != null ? 1 : 0;
            }
            Pass pass = f.detailsAs(Pass.class);
            if (pass != null) {
                passes++;
                completed += pass.successful() ? 1 : 0;
            }
        }

        int matches() {
            return matchIds.size();
        }

        double perMatch(FactType type) {
            return byType.getOrDefault(type, 0L) / (double) matches();
        }

        double passCompletion() {
            return completed / (double) passes;
        }

        String perMatch() {
            Map<String, String> out = new TreeMap<>();
            byType.forEach((type, n) -> out.put(type.name(), String.format("%.2f", perMatch(type))));
            return out + String.format(" facts %.0f, xG %.2f, goals %.2f, pass completion %.3f, corrections %d,"
                            + " deletions %d (season)", (double) facts / matches(), xGoals / matches(),
                    (double) goals / matches(), passCompletion(), corrections, deletions);
        }
    }
}
