package skill.importer.dfl;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.model.FactDetails.BallWin;
import skill.core.model.FactDetails.Duel;
import skill.core.model.FactDetails.Lineup;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactDetails.Substitution;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;
import skill.importer.ContractCheck;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Edge cases on a small hand-written feed: wrappers, cards, corrections and deletions. */
class DflFixtureTest {
    private static List<MatchFact> facts;

    @BeforeAll
    static void read() throws Exception {
        facts = new DflImporter().read(Path.of(DflFixtureTest.class.getResource("/dfl-cumulative").toURI()));
    }

    @Test
    void everyFactKeepsTheContract() {
        ContractCheck.assertAllValid(facts);
        assertThat(facts).isSortedAccordingTo(MatchFact.MATCH_ORDER);
    }

    @Test
    void matchAndLineupsComeFirst() {
        MatchFact match = facts.get(0);
        assertThat(match.type()).isEqualTo(FactType.MATCH);
        assertThat(match).extracting(MatchFact::competition, MatchFact::season, MatchFact::matchday)
                .containsExactly("BL1", "2024-25", 7);
        MatchInfo info = match.detailsAs(MatchInfo.class);
        assertThat(info.status()).isEqualTo(MatchInfo.Status.FINISHED);
        assertThat(info.periods()).containsExactly(
                new MatchInfo.Period(1, Instant.parse("2024-11-02T14:30:00Z"), Instant.parse("2024-11-02T15:17:00Z")),
                new MatchInfo.Period(2, Instant.parse("2024-11-02T15:32:00Z"), Instant.parse("2024-11-02T16:20:00Z")));
        assertThat(facts.subList(1, 3)).extracting(MatchFact::type, MatchFact::teamId)
                .containsExactly(tuple(FactType.LINEUP, "FIX-A"),
                        tuple(FactType.LINEUP, "FIX-H"));
        assertThat(facts.get(1).detailsAs(Lineup.class).players()).containsExactly(
                new Lineup.LineupPlayer("A1", "Ann Away", 9, "STZ", true),
                new Lineup.LineupPlayer("A2", "A. Bench", 14, null, false));
    }

    @Test
    void setPiecesComeFromTheWrapper() {
        assertThat(only("100").detailsAs(Pass.class).setPiece()).isEqualTo(SetPiece.KICK_OFF);
        assertThat(only("111").detailsAs(Pass.class).setPiece()).isEqualTo(SetPiece.KICK_OFF);
        assertThat(only("102").detailsAs(Shot.class))
                .isEqualTo(new Shot(0.76, Shot.Outcome.WOODWORK, SetPiece.PENALTY, false, null));
        assertThat(only("110").detailsAs(Shot.class))
                .isEqualTo(new Shot(0.05, Shot.Outcome.GOAL, SetPiece.FREE_KICK, false, null));
    }

    @Test
    void anOwnGoalIsAScoredShotWithoutXg() {
        MatchFact own = only("112");
        assertThat(own.detailsAs(Shot.class)).isEqualTo(new Shot(0, Shot.Outcome.GOAL, SetPiece.OPEN_PLAY, true, null));
        assertThat(own).extracting(MatchFact::teamId, MatchFact::playerId).containsExactly("FIX-H", "H1");
    }

    @Test
    void cardsDuelsBallWinsAndSubstitutions() {
        assertThat(only("105").type()).isEqualTo(FactType.SENDING_OFF);
        assertThat(facts).noneMatch(f -> f.factId().equals("106") || f.factId().equals("104"));
        assertThat(only("113").detailsAs(Duel.class)).isEqualTo(new Duel(Duel.Type.AERIAL, "H1", "FIX-H",
                Duel.Role.WITHOUT_BALL, "A1", "FIX-A", Duel.Role.WITH_BALL));
        assertThat(only("114").detailsAs(BallWin.class).method()).isEqualTo(BallWin.Method.OTHER);
        MatchFact sub = only("108");
        assertThat(sub.detailsAs(Substitution.class)).isEqualTo(new Substitution("H2", "H3"));
        assertThat(sub.period()).as("a half-time substitution belongs to the half before").isEqualTo(1);
    }

    @Test
    void timesAreUtcAndPeriodsFollowTheKickOffs() {
        assertThat(only("100").occurredAt()).isEqualTo(Instant.parse("2024-11-02T14:30:00Z"));
        assertThat(only("111").period()).isEqualTo(2);
        assertThat(only("100").possessionId()).isEqualTo("100");
        assertThat(only("100").sequence()).isEqualTo(100L);
    }

    @Test
    void aRepeatedEventIsACorrectionWithTheNextVersion() {
        List<MatchFact> versions = all("101");
        assertThat(versions).extracting(MatchFact::version).containsExactly(1, 2);
        assertThat(versions.get(0).detailsAs(Pass.class).successful()).isFalse();
        Pass corrected = versions.get(1).detailsAs(Pass.class);
        assertThat(corrected).usingRecursiveComparison().ignoringFields("xPass")
                .isEqualTo(new Pass("H1", true, null, Pass.Kind.CROSS, SetPiece.OPEN_PLAY));
        assertThat(corrected.xPass()).isStrictlyBetween(0.0, 1.0); // the model's, without a location
    }

    @Test
    void aCorrectionIntoSomethingUncountedRetracts() {
        assertThat(all("117")).extracting(MatchFact::type, MatchFact::version, MatchFact::deleted)
                .containsExactly(tuple(FactType.PASS, 1, false), tuple(FactType.PASS, 2, true));
    }

    @Test
    void aDeleteRetractsTheEventItNamesOrAnUnknownOne() {
        List<MatchFact> deleted = all("103");
        assertThat(deleted).extracting(MatchFact::version, MatchFact::deleted).containsExactly(
                tuple(1, false), tuple(2, true));
        MatchFact retraction = deleted.get(1);
        assertThat(retraction).extracting(MatchFact::type, MatchFact::occurredAt, MatchFact::playerId)
                .containsExactly(FactType.PASS, deleted.get(0).occurredAt(), "A1");
        MatchFact unknown = only("115");
        assertThat(unknown).extracting(MatchFact::type, MatchFact::version, MatchFact::deleted, MatchFact::details)
                .containsExactly(DflImporter.UNKNOWN_DELETED_TYPE, 2, true, null);
    }

    private static MatchFact only(String factId) {
        List<MatchFact> found = all(factId);
        assertThat(found).as("facts %s", factId).hasSize(1);
        return found.get(0);
    }

    private static List<MatchFact> all(String factId) {
        return facts.stream().filter(f -> f.factId().equals(factId)).toList();
    }
}
