package skill.calculators.streams;

import skill.core.model.FactDetails;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The facts the sprint detector publishes for one player of one match (docs/facts-sprint.md). */
final class SprintFacts {
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final String matchId;
    /** The match's, from its frames; null when they name none (the dispatcher fills in its default). */
    private final String competition;
    private final String playerId;
    private final SprintTrackState state;

    SprintFacts(String matchId, String competition, String playerId, SprintTrackState state) {
        this.matchId = matchId;
        this.competition = competition;
        this.playerId = playerId;
        this.state = state;
    }

    /** The key of the player's {@link SprintLedger}. */
    String ledgerKey() {
        return StoreNames.key(matchId, playerId);
    }

    /** Stable per match, player and start: a re-sent match's sprint replaces the earlier one. */
    String sprintId(long start) {
        return "SPRINT-" + matchId + "-" + playerId + "-" + COMPACT.format(Instant.ofEpochMilli(start));
    }

    MatchFact sprint(int version, long start, long end, double peak, double distance) {
        Instant startedAt = Instant.ofEpochMilli(start);
        return fact(sprintId(start), version, FactType.SPRINT, false, startedAt, state.track.period(),
                new FactDetails.Sprint(startedAt, Instant.ofEpochMilli(end), round(peak), round(distance)));
    }

    MatchFact sprintRetraction(int version, long start) {
        return fact(sprintId(start), version, FactType.SPRINT, true, Instant.ofEpochMilli(start), null, null);
    }

    MatchFact summary() {
        return fact("SPEED-" + matchId + "-" + playerId, state.summaryVersion, FactType.SPEED_SUMMARY, false,
                Instant.ofEpochMilli(state.lastFrameAt), state.period,
                new FactDetails.SpeedSummary(round(state.summarizedTop), round(state.summarizedDistance)));
    }

    MatchFact summaryRetraction(Instant at) {
        return fact("SPEED-" + matchId + "-" + playerId, state.summaryVersion, FactType.SPEED_SUMMARY, true, at,
                null, null);
    }

    private MatchFact fact(String factId, int version, FactType type, boolean deleted, Instant occurredAt,
                           Integer period, FactDetails details) {
        return new MatchFact(factId, version, type, deleted, competition, state.season, state.matchday, matchId,
                occurredAt, period, null, null, state.teamId, playerId, details);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
