package skill.core.model;

import java.time.Instant;
import java.util.List;

/** The type-specific fields of a match fact (contract §1). The envelope lives in {@link MatchFact}. */
public sealed interface FactDetails {

    record MatchInfo(String homeTeamId, String awayTeamId, String homeTeamName, String awayTeamName,
                     Status status, List<Period> periods) implements FactDetails {
        public enum Status { SCHEDULED, LIVE, FINISHED }

        /** A period of play; {@code endedAt} is null while it runs. */
        public record Period(int period, Instant startedAt, Instant endedAt) {
        }
    }

    record Lineup(List<LineupPlayer> players) implements FactDetails {
        public record LineupPlayer(String playerId, String name, Integer shirtNumber, String position,
                                   boolean starting) {
        }
    }

    record Substitution(String playerOutId, String playerInId) implements FactDetails {
    }

    record SendingOff() implements FactDetails {
    }

    record Shot(double xGoals, Outcome outcome, SetPiece setPiece, boolean ownGoal, String assistFactId)
            implements FactDetails {
        public enum Outcome { GOAL, SAVED, BLOCKED, WIDE, WOODWORK, OTHER }

        public boolean scored() {
            return outcome == Outcome.GOAL;
        }
    }

    record Pass(String receiverId, boolean successful, Double xPass, Kind kind, SetPiece setPiece)
            implements FactDetails {
        public enum Kind { PASS, CROSS }
    }

    record Duel(Type duelType, String winnerId, String winnerTeamId, Role winnerRole,
                String loserId, String loserTeamId, Role loserRole) implements FactDetails {
        public enum Type { GROUND, AERIAL }

        public enum Role { WITH_BALL, WITHOUT_BALL }
    }

    record BallWin(Method method) implements FactDetails {
        public enum Method { INTERCEPTION, RECOVERY, OTHER }
    }

    /** One detected sprint (docs/facts-sprint.md); speeds in m/s, distance in m (null when not sent). */
    record Sprint(Instant startedAt, Instant endedAt, double peakSpeed, Double distance) implements FactDetails {
    }

    /** A player's artefact-filtered top speed of a match so far (m/s), and distance (m) where sent. */
    record SpeedSummary(double topSpeed, Double distance) implements FactDetails {
    }
}
