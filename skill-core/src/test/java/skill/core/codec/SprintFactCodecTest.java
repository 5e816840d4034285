package skill.core.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import skill.core.Facts;
import skill.core.model.FactDetails.SpeedSummary;
import skill.core.model.FactDetails.Sprint;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static skill.core.Facts.min;

/** The added sprint fact types (docs/facts-sprint.md): SPRINT and SPEED_SUMMARY. */
class SprintFactCodecTest {

    private static Facts.Fact sprint() {
        return Facts.sprint("P1", min(12), min(12.05), 8.4);
    }

    @Test
    void readsTheFieldsOfASprint() {
        MatchFact fact = sprint().with("startedAt", "2023-10-01T15:42:00+02:00").fact();

        assertEquals(FactType.SPRINT, fact.type());
        assertEquals("P1", fact.playerId());
        assertEquals(Facts.HOME, fact.teamId());
        assertEquals(min(12), fact.occurredAt());
        assertEquals(new Sprint(min(12), min(12.05), 8.4, 30.0), fact.details());
    }

    @Test
    void readsTheFieldsOfASpeedSummary() {
        MatchFact fact = Facts.speedSummary("P1", 9.2).fact();

        assertEquals(FactType.SPEED_SUMMARY, fact.type());
        assertEquals("P1", fact.playerId());
        assertEquals(new SpeedSummary(9.2, 10_000.0), fact.details());
    }

    @Test
    void distanceIsOptionalAndMayBeZero() {
        MatchFact sprint = sprint().without("distance").fact();
        MatchFact summary = Facts.speedSummary("P1", 9.2).with("distance", 0).fact();

        assertNull(sprint.detailsAs(Sprint.class).distance());
        assertEquals(0.0, summary.detailsAs(SpeedSummary.class).distance());
        assertEquals(sprint, FactCodec.read(FactCodec.write(sprint)).fact());
        assertFalse(new String(FactCodec.write(sprint)).contains("distance"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"playerId", "teamId", "startedAt", "endedAt", "peakSpeed"})
    void everySprintFieldButDistanceIsRequired(String field) {
        assertEquals(List.of(field + " is required"), sprint().without(field).parse().problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"playerId", "teamId", "topSpeed"})
    void everySpeedSummaryFieldButDistanceIsRequired(String field) {
        assertEquals(List.of(field + " is required"), Facts.speedSummary("P1", 9.2).without(field).parse().problems());
    }

    @Test
    void aSprintEndsNoEarlierThanItStarts() {
        assertEquals(List.of("endedAt must not be before startedAt, was 2023-10-01T13:41:59Z"
                        + " (startedAt 2023-10-01T13:42:00Z)"),
                sprint().with("endedAt", "2023-10-01T13:41:59Z").parse().problems());
        assertTrue(sprint().with("endedAt", min(12).toString()).parse().isValid(), "a zero-length sprint is in time");
    }

    @Test
    void aSprintStartsWhenItOccurred() {
        assertEquals(List.of("startedAt must equal occurredAt, was 2023-10-01T13:42:01Z"
                        + " (occurredAt 2023-10-01T13:42:00Z)"),
                sprint().with("startedAt", Instant.parse("2023-10-01T13:42:01Z").toString()).parse().problems());
    }

    @Test
    void speedsArePositive() {
        assertEquals(List.of("peakSpeed must be > 0, was 0"), sprint().with("peakSpeed", 0).parse().problems());
        assertEquals(List.of("peakSpeed must be > 0, was -7.5"), sprint().with("peakSpeed", -7.5).parse().problems());
        assertEquals(List.of("topSpeed must be > 0, was 0.0"),
                Facts.speedSummary("P1", 0.0).parse().problems());
        assertEquals(List.of("topSpeed must be > 0, was -9.2"),
                Facts.speedSummary("P1", -9.2).parse().problems());
    }

    @Test
    void distancesAreNotNegativeAndNumbersAreNumbers() {
        assertEquals(List.of("distance must be ≥ 0, was -1.0"), sprint().with("distance", -1.0).parse().problems());
        assertEquals(List.of("distance must be ≥ 0, was -30"),
                Facts.speedSummary("P1", 9.2).with("distance", -30).parse().problems());
        assertEquals(List.of("topSpeed must be a number"),
                Facts.speedSummary("P1", 9.2).with("topSpeed", "9.2").parse().problems());
        assertEquals(List.of("startedAt must be an ISO-8601 time with offset, was 'kick-off'"),
                sprint().with("startedAt", "kick-off").parse().problems());
    }

    @Test
    void severalProblemsAreReportedAtOnce() {
        FactParse parse = sprint().without("teamId").with("endedAt", min(11).toString()).with("peakSpeed", -1)
                .with("distance", -2).parse();

        assertEquals(List.of("teamId is required", "peakSpeed must be > 0, was -1", "distance must be ≥ 0, was -2",
                "endedAt must not be before startedAt, was 2023-10-01T13:41:00Z (startedAt 2023-10-01T13:42:00Z)"),
                parse.problems());
    }

    @Test
    void aDeletedSprintNeedsOnlyTheEnvelope() {
        FactParse parse = Facts.envelope("SPRINT").with("deleted", true).parse();

        assertTrue(parse.isValid(), parse::reason);
        assertNull(parse.fact().details());
    }
}
