package skill.importer.synthetic;

import org.junit.jupiter.api.Test;
import skill.core.codec.FactCodec;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.MatchFact;
import skill.core.model.PositionFrame;
import skill.importer.synthetic.Fixtures.Fixture;
import skill.importer.synthetic.League.Club;
import skill.importer.synthetic.League.Player;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two divisions generated at once: their own clubs and players, the same weekends, one replay order. */
class CompetitionsTest {
    private static final List<String> TWO = List.of("BL1", "BL2");

    private static SeasonGenerator twoDivisions(long seed, int matchdays) {
        return new SeasonGenerator(seed, matchdays, SeasonGenerator.DEFAULT_SEASON, TWO);
    }

    @Test
    void theDefaultCompetitionIsTheDeploymentsDefault() {
        assertThat(new SeasonGenerator(1, 1).facts()).allMatch(f -> "BL1".equals(f.competition()));
    }

    @Test
    void eachCompetitionHasItsOwnClubsAndPlayersAndNoIdIsShared() {
        List<League> leagues = twoDivisions(3, 1).leagues();
        assertThat(leagues).extracting(League::competition).isEqualTo(TWO);
        assertThat(leagues.get(1).clubs()).allSatisfy(c -> assertThat(c.id()).startsWith("SYN-BL2-CLU-"));
        assertDistinct(leagues, l -> l.clubs().stream().map(Club::id));
        assertDistinct(leagues, l -> l.clubs().stream().map(Club::name));
        assertDistinct(leagues, l -> l.clubs().stream().flatMap(c -> c.squad().stream()).map(Player::id));
        Map<String, Set<String>> matchesByCompetition = twoDivisions(3, 1).facts().collect(Collectors.groupingBy(
                MatchFact::competition, Collectors.mapping(MatchFact::matchId, Collectors.toSet())));
        assertThat(matchesByCompetition.get("BL1")).hasSize(9).noneMatch(matchesByCompetition.get("BL2")::contains);
        assertThat(matchesByCompetition.get("BL2")).hasSize(9).allMatch(m -> m.startsWith("SYN-BL2-MAT-2025-26-01-"));
    }

    /**
     * Both divisions play on the same weekend, so their facts interleave: the match clocks (a correction
     * keeps its action's earlier time) never run backwards across the whole replay.
     */
    @Test
    void theFactsOfBothCompetitionsInterleaveInReplayOrder() {
        Map<String, Instant> clocks = new HashMap<>();
        Instant replayClock = Instant.MIN;
        String previous = null;
        int switches = 0;
        for (Iterator<MatchFact> it = twoDivisions(4, 2).facts().iterator(); it.hasNext(); ) {
            MatchFact f = it.next();
            Instant clock = clocks.merge(f.matchId(), f.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
            assertThat(clock).isAfterOrEqualTo(replayClock);
            replayClock = clock;
            switches += previous != null && !previous.equals(f.competition()) ? 1 : 0;
            previous = f.competition();
        }
        assertThat(clocks).hasSize(2 * 2 * 9);
        assertThat(switches).as("both divisions live at once").isGreaterThan(1_000);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndTheTopDivisionIsTheOneItWouldBeAlone() throws Exception {
        assertThat(digest(twoDivisions(42, 1).facts())).isEqualTo(digest(twoDivisions(42, 1).facts()))
                .isNotEqualTo(digest(twoDivisions(43, 1).facts()));
        assertThat(twoDivisions(42, 2).facts().filter(f -> f.competition().equals("BL1")))
                .containsExactlyElementsOf(new SeasonGenerator(42, 2).facts().toList());
        assertThatThrownBy(() -> new SeasonGenerator(1, 1, SeasonGenerator.DEFAULT_SEASON, List.of("BL1", "BL1")))
                .hasMessageContaining("distinct");
    }

    /** At the winter break two second-division players join first-division clubs: lined up in both divisions. */
    @Test
    void loanedPlayersHaveMatchesInBothCompetitions() {
        SeasonGenerator season = twoDivisions(6, 18);
        Set<String> bl2Players = season.leagues().get(1).clubs().stream().flatMap(c -> c.squad().stream())
                .map(Player::id).collect(Collectors.toSet());
        List<Fixture> winter = season.fixtures().filter(f -> f.matchday() == 18).toList();
        List<Club> bl1Clubs = winter.stream().filter(f -> f.competition().equals("BL1"))
                .flatMap(f -> Stream.of(f.home(), f.away())).toList();
        Map<String, Club> loaned = new HashMap<>();
        bl1Clubs.forEach(c -> c.squad().stream().filter(p -> bl2Players.contains(p.id()))
                .forEach(p -> loaned.put(p.id(), c)));
        assertThat(loaned).hasSize(2);
        loaned.values().forEach(c -> assertThat(c.squad()).extracting(Player::shirtNumber).doesNotHaveDuplicates());
        assertThat(winter.stream().filter(f -> f.competition().equals("BL2"))
                .flatMap(f -> Stream.of(f.home(), f.away())).flatMap(c -> c.squad().stream()))
                .noneMatch(p -> loaned.containsKey(p.id()));

        Map<String, Set<String>> linedUpIn = new HashMap<>();
        season.fixtures().filter(f -> f.matchday() >= 17).forEach(f -> season.match(f).facts().stream()
                .map(fact -> fact.detailsAs(Lineup.class)).filter(Objects::nonNull)
                .flatMap(lineup -> lineup.players().stream())
                .forEach(p -> linedUpIn.computeIfAbsent(p.playerId(), id -> new HashSet<>()).add(f.competition())));
        assertThat(loaned.keySet()).allSatisfy(id -> assertThat(linedUpIn.get(id)).isEqualTo(Set.copyOf(TWO)));
    }

    /**
     * Tracking of both divisions' matchday: every match's frames, by time across the competitions, each
     * frame naming its fixture's competition (BL1 too).
     */
    @Test
    void theTrackingOfBothCompetitionsInterleavesByTimeAndNamesTheCompetition() {
        SeasonGenerator season = twoDivisions(5, 1);
        Map<String, String> competitions = season.fixtures()
                .collect(Collectors.toMap(Fixture::matchId, Fixture::competition));
        Set<String> matches = new HashSet<>();
        Instant last = Instant.MIN;
        for (Iterator<PositionFrame> it = season.tracking(1, 1).iterator(); it.hasNext(); ) {
            PositionFrame frame = it.next();
            assertThat(frame.t()).isAfterOrEqualTo(last);
            assertThat(frame.competition()).as(frame.matchId()).isEqualTo(competitions.get(frame.matchId()));
            last = frame.t();
            matches.add(frame.matchId());
        }
        assertThat(matches).hasSize(18).anyMatch(m -> m.startsWith("SYN-BL2-MAT-"));
        assertThat(competitions.values()).containsOnly("BL1", "BL2");
    }

    /** What {@code ids} gives for the second league is distinct and not in the first. */
    private static void assertDistinct(List<League> leagues, Function<League, Stream<String>> ids) {
        Set<String> top = ids.apply(leagues.get(0)).collect(Collectors.toSet());
        assertThat(ids.apply(leagues.get(1)).toList()).doesNotHaveDuplicates().noneMatch(top::contains);
    }

    private static String digest(Stream<MatchFact> facts) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        facts.forEach(f -> sha.update(FactCodec.write(f)));
        return HexFormat.of().formatHex(sha.digest());
    }
}
