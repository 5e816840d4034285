package skill.core.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import skill.core.Facts;
import skill.core.Facts.Fact;
import skill.core.model.FactDetails;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static skill.core.Facts.bench;
import static skill.core.Facts.min;
import static skill.core.Facts.period;
import static skill.core.Facts.starter;

class FactCodecTest {

    static Stream<Fact> oneOfEachType() {
        return Stream.of(
                Facts.match("LIVE", period(1, min(0), min(47)), period(2, min(62), null)),
                Facts.lineup(Facts.HOME, starter("P1"), bench("P2")),
                Facts.substitution(Facts.HOME, "P1", "P2", min(60)),
                Facts.sendingOff(Facts.AWAY, "P9", min(70)),
                Facts.shot("P1", 0.31, "GOAL").with("setPiece", "PENALTY").with("assistFactId", "F-PASS"),
                Facts.pass("P1", "P2").with("kind", "CROSS").with("setPiece", "CORNER"),
                Facts.duel("P1", "P9"),
                Facts.ballWin("P1", "INTERCEPTION"),
                Facts.sprint("P1", min(12), min(12.05), 8.4),
                Facts.speedSummary("P1", 9.2));
    }

    @Test
    void fixturesCoverEveryType() {
        assertEquals(FactType.values().length,
                oneOfEachType().map(f -> f.fact().type()).distinct().count());
    }

    @ParameterizedTest
    @MethodSource("oneOfEachType")
    void everyTypeRoundTrips(Fact fixture) {
        MatchFact fact = fixture.with("competition", "BL1").with("period", 2).with("sequence", 12345L)
                .with("possessionId", "POS-7").fact();

        FactParse again = FactCodec.read(FactCodec.write(fact));

        assertTrue(again.isValid(), again::reason);
        assertEquals(fact, again.fact());
    }

    @Test
    void readsTheFieldsOfAShot() {
        MatchFact fact = Facts.shot("P1", 0.76, "GOAL").with("setPiece", "PENALTY").with("ownGoal", false)
                .at(Instant.parse("2023-10-01T15:31:02+02:00")).fact();

        assertEquals(FactType.SHOT, fact.type());
        assertEquals("P1", fact.playerId());
        assertEquals(Facts.HOME, fact.teamId());
        assertEquals(Instant.parse("2023-10-01T13:31:02Z"), fact.occurredAt());
        assertFalse(fact.deleted());
        assertEquals(new FactDetails.Shot(0.76, FactDetails.Shot.Outcome.GOAL, SetPiece.PENALTY, false, null),
                fact.details());
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        MatchFact shot = Facts.shot("P1", 0.1, "WIDE").without("setPiece").fact();
        MatchFact pass = Facts.pass("P1", "P2").without("kind").without("setPiece").without("xPass").fact();

        assertEquals(SetPiece.OPEN_PLAY, shot.detailsAs(FactDetails.Shot.class).setPiece());
        assertFalse(shot.detailsAs(FactDetails.Shot.class).ownGoal());
        assertEquals(new FactDetails.Pass("P2", true, null, FactDetails.Pass.Kind.PASS, SetPiece.OPEN_PLAY),
                pass.details());
    }

    @Test
    void unknownExtraFieldsAreIgnored() {
        Fact plain = Facts.shot("P1", 0.2, "SAVED");
        MatchFact expected = plain.fact();

        MatchFact withExtras = plain.with("bodyPart", "HEAD").with("tracking", List.of(1, 2, 3)).fact();

        assertEquals(expected, withExtras);
    }

    @Test
    void notJsonIsRejected() {
        FactParse parse = FactCodec.read("{\"factId\": ".getBytes(StandardCharsets.UTF_8));

        assertRejected(parse);
        assertTrue(parse.reason().startsWith("not JSON"), parse.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"SHOT\"", "42", "null"})
    void jsonThatIsNoObjectIsRejected(String json) {
        FactParse parse = FactCodec.read(json.getBytes(StandardCharsets.UTF_8));

        assertRejected(parse);
        assertEquals(List.of("not a JSON object"), parse.problems());
    }

    @Test
    void noValueIsRejected() {
        assertRejected(FactCodec.read(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"factId", "version", "type", "season", "matchday", "matchId", "occurredAt"})
    void everyEnvelopeFieldIsRequired(String field) {
        FactParse parse = Facts.ballWin("P1", "RECOVERY").without(field).parse();

        assertRejected(parse);
        assertEquals(List.of(field + " is required"), parse.problems());
    }

    @Test
    void versionZeroIsRejected() {
        FactParse parse = Facts.ballWin("P1", "RECOVERY").with("version", 0).parse();

        assertRejected(parse);
        assertEquals(List.of("version must be ≥ 1, was 0"), parse.problems());
    }

    @Test
    void matchdayZeroIsRejected() {
        assertEquals(List.of("matchday must be ≥ 1, was 0"),
                Facts.ballWin("P1", "RECOVERY").with("matchday", 0).parse().problems());
    }

    @Test
    void unknownTypeIsRejected() {
        FactParse parse = Facts.envelope("CORNER_KICK").parse();

        assertRejected(parse);
        assertEquals(1, parse.problems().size(), parse.reason());
        assertTrue(parse.reason().startsWith("type must be one of ["), parse.reason());
        assertTrue(parse.reason().endsWith("was 'CORNER_KICK'"), parse.reason());
    }

    @Test
    void xGoalsAboveOneIsRejected() {
        FactParse parse = Facts.shot("P1", 1.7, "GOAL").parse();

        assertRejected(parse);
        assertEquals(List.of("xGoals must be in [0, 1], was 1.7"), parse.problems());
    }

    @Test
    void xGoalsAtTheBoundsIsAccepted() {
        assertTrue(Facts.shot("P1", 0.0, "WIDE").parse().isValid());
        assertTrue(Facts.shot("P1", 1.0, "GOAL").parse().isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023/24", "2023-25", "2023-2024", "23-24", ""})
    void badSeasonIsRejected(String season) {
        FactParse parse = Facts.ballWin("P1", "RECOVERY").with("season", season).parse();

        assertRejected(parse);
        assertEquals(1, parse.problems().size(), parse.reason());
        assertTrue(parse.reason().startsWith("season "), parse.reason());
    }

    @Test
    void seasonReasonNamesTheValue() {
        assertEquals(List.of("season must be YYYY-YY of two consecutive years, was '2023/24'"),
                Facts.ballWin("P1", "RECOVERY").with("season", "2023/24").parse().problems());
    }

    @Test
    void seasonAcrossTheCenturyIsAccepted() {
        assertTrue(Facts.ballWin("P1", "RECOVERY").with("season", "1999-00").parse().isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2023-10-01T13:30:00", "2023-10-01", "2023-13-01T13:30:00Z"})
    void badTimeIsRejected(String time) {
        FactParse parse = Facts.ballWin("P1", "RECOVERY").with("occurredAt", time).parse();

        assertRejected(parse);
        assertEquals(List.of("occurredAt must be an ISO-8601 time with offset, was '" + time + "'"),
                parse.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+300000-01-01T00:00:00Z", "-1000-01-01T00:00:00Z", "0000-12-31T23:59:59Z",
            "+999999999-12-31T23:59:59Z"})
    void timesPostgreSqlCannotStoreAreRejected(String time) {
        FactParse parse = Facts.ballWin("P1", "RECOVERY").with("occurredAt", time).parse();

        assertEquals(List.of("occurredAt must be in the years 0001 to 9999, was '" + time + "'"), parse.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P\\u0000X", "P\\ud800X", "P\\udc00"})
    void textsPostgreSqlCannotStoreAreRejected(String escaped) {
        String json = Facts.shot("P1", 0.1, "WIDE").json().toString().replace("\"P1\"", "\"" + escaped + "\"");

        FactParse parse = FactCodec.read(json.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("playerId must not contain U+0000 or an unpaired surrogate"), parse.problems());
    }

    @Test
    void textWithControlCharactersAndEmojiIsAccepted() {
        // Only what PostgreSQL refuses is rejected; escaping for terminals and logs is the output's job.
        assertEquals("P\u001b[2J😀", Facts.shot("P\u001b[2J😀", 0.1, "WIDE").fact().playerId());
    }

    @Test
    void aPassWithoutXPassIsAccepted() {
        FactParse parse = Facts.pass("P1", "P2").without("xPass").parse();

        assertTrue(parse.isValid(), parse::reason);
        assertNull(parse.fact().detailsAs(FactDetails.Pass.class).xPass());
    }

    @Test
    void aScheduledMatchNeedsNoPeriods() {
        FactParse parse = Facts.match("SCHEDULED").without("periods").parse();

        assertEquals(List.of(), parse.problems());
        assertEquals(List.of(), ((skill.core.model.FactDetails.MatchInfo) parse.fact().details()).periods());
    }

    @Test
    void badTimeInsideAPeriodNamesItsPath() {
        ObjectNode running = period(1, min(0), null).put("startedAt", "soon");
        Fact match = Facts.match("LIVE", running);

        assertEquals(List.of("periods[0].startedAt must be an ISO-8601 time with offset, was 'soon'"),
                match.parse().problems());
    }

    @Test
    void shotWithoutPlayerIsRejected() {
        FactParse parse = Facts.shot("P1", 0.2, "SAVED").without("playerId").parse();

        assertRejected(parse);
        assertEquals(List.of("playerId is required"), parse.problems());
    }

    @Test
    void shotFromAGoalKickIsRejected() {
        FactParse parse = Facts.shot("P1", 0.01, "WIDE").with("setPiece", "GOAL_KICK").parse();

        assertRejected(parse);
        assertEquals(1, parse.problems().size(), parse.reason());
        assertTrue(parse.reason().startsWith("setPiece must be one of ["), parse.reason());
        assertTrue(parse.reason().contains("PENALTY"), parse.reason());
        assertFalse(parse.reason().contains("GOAL_KICK,"), parse.reason());
        assertTrue(parse.reason().endsWith("was 'GOAL_KICK'"), parse.reason());
    }

    @Test
    void passFromAPenaltyIsRejected() {
        FactParse parse = Facts.pass("P1", "P2").with("setPiece", "PENALTY").parse();

        assertRejected(parse);
        assertEquals(1, parse.problems().size(), parse.reason());
        assertTrue(parse.reason().startsWith("setPiece must be one of ["), parse.reason());
        assertTrue(parse.reason().contains("GOAL_KICK"), parse.reason());
        assertTrue(parse.reason().endsWith("was 'PENALTY'"), parse.reason());
    }

    @Test
    void passNeedsToSayWhetherItArrived() {
        assertEquals(List.of("successful is required"),
                Facts.pass("P1", "P2").without("successful").parse().problems());
        assertEquals(List.of("successful must be true or false"),
                Facts.pass("P1", "P2").with("successful", "yes").parse().problems());
    }

    @Test
    void wrongJsonTypesAreRejected() {
        assertEquals(List.of("factId must be a non-empty string"),
                Facts.ballWin("P1", "RECOVERY").with("factId", 17).parse().problems());
        assertEquals(List.of("version must be an integer"),
                Facts.ballWin("P1", "RECOVERY").with("version", 1.5).parse().problems());
        assertEquals(List.of("xGoals must be a number in [0, 1]"),
                Facts.shot("P1", 0.1, "WIDE").with("xGoals", "0.1").parse().problems());
        assertEquals(List.of("deleted must be true or false"),
                Facts.ballWin("P1", "RECOVERY").with("deleted", "no").parse().problems());
    }

    @Test
    void optionalEnvelopeFieldsOfTheWrongTypeAreRejected() {
        assertEquals(List.of("competition must be a non-empty string"),
                Facts.ballWin("P1", "RECOVERY").with("competition", 42).parse().problems());
        assertEquals(List.of("sequence must be an integer"),
                Facts.ballWin("P1", "RECOVERY").with("sequence", "first").parse().problems());
        assertEquals(List.of("period must be ≥ 1, was 0"),
                Facts.ballWin("P1", "RECOVERY").with("period", 0).parse().problems());
    }

    @Test
    void severalProblemsAreReportedAtOnce() {
        FactParse parse = Facts.shot("P1", 1.7, "GOAL").with("version", 0).with("season", "2023/24")
                .without("playerId").with("setPiece", "GOAL_KICK").parse();

        assertRejected(parse);
        assertEquals(5, parse.problems().size(), parse.reason());
        assertTrue(parse.problems().contains("version must be ≥ 1, was 0"), parse.reason());
        assertTrue(parse.problems().contains("xGoals must be in [0, 1], was 1.7"), parse.reason());
        assertTrue(parse.problems().contains("playerId is required"), parse.reason());
        assertTrue(parse.problems().stream().anyMatch(p -> p.startsWith("season ")), parse.reason());
        assertTrue(parse.problems().stream().anyMatch(p -> p.startsWith("setPiece ")), parse.reason());
        assertEquals(String.join("; ", parse.problems()), parse.reason());
    }

    @Test
    void aDeletedFactNeedsOnlyTheEnvelope() {
        FactParse parse = Facts.envelope("SHOT").with("deleted", true).parse();

        assertTrue(parse.isValid(), parse::reason);
        MatchFact fact = parse.fact();
        assertTrue(fact.deleted());
        assertEquals(FactType.SHOT, fact.type());
        assertNull(fact.playerId());
        assertNull(fact.details());
        assertEquals(fact, FactCodec.read(FactCodec.write(fact)).fact());
    }

    @Test
    void aDeletedFactStillNeedsItsEnvelope() {
        FactParse parse = Facts.envelope("SHOT").with("deleted", true).without("matchId").with("version", 0).parse();

        assertRejected(parse);
        assertEquals(List.of("version must be ≥ 1, was 0", "matchId is required"), parse.problems());
    }

    @Test
    void writtenFactsLeaveAbsentValuesOut() {
        MatchFact pass = Facts.pass("P1", "P2").without("xPass").fact();

        String json = new String(FactCodec.write(pass), StandardCharsets.UTF_8);

        assertFalse(json.contains("xPass"), json);
        assertFalse(json.contains("sequence"), json);
        assertFalse(json.contains("null"), json);
    }

    private static void assertRejected(FactParse parse) {
        assertFalse(parse.isValid());
        assertNull(parse.fact());
        assertFalse(parse.problems().isEmpty());
    }
}
