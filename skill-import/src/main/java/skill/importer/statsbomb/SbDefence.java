package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.model.FactDetails.BallWin;
import skill.core.model.FactDetails.Duel;
import skill.core.model.FactDetails.Duel.Role;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.importer.MatchEnvelope;
import skill.importer.Stamp;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Duels and ball wins: StatsBomb Duel, Interception and Ball Recovery events.
 *
 * <p>A Duel event names one player; the opponent is the related event of the other team: for a Tackle
 * the Dispossessed or Dribble of the player with the ball, for an Aerial Lost the action flagged
 * {@code aerial_won} (a pass, clearance, shot or miscontrol). A won tackle without a linked opponent
 * still counts, with no loser; a lost tackle or an aerial without one names no winner and is skipped.
 */
final class SbDefence {
    /** Tackle outcomes in which the tackler wins: the ball ends with him or his team. */
    private static final Set<String> TACKLE_WON = Set.of("Won", "Success", "Success In Play", "Success Out");
    private static final Set<String> TACKLE_OPPONENT = Set.of("Dispossessed", "Dribble");
    /** Interception outcomes that keep the ball with the interceptor's side. */
    private static final Set<String> INTERCEPTED = Set.of("Won", "Success", "Success In Play", "Success Out");

    private SbDefence() {
    }

    /** The duel has no single actor, so the envelope names no player. */
    static MatchFact duel(MatchEnvelope m, Stamp s, JsonNode e, Map<String, JsonNode> byId) {
        Duel details = switch (String.valueOf(SbJson.name(e.path("duel"), "type"))) {
            case "Tackle" -> tackle(e, byId);
            case "Aerial Lost" -> aerial(e, byId);
            default -> null;
        };
        return details == null ? null : m.fact(s, FactType.DUEL, null, null, details);
    }

    /** The tackler goes for a ball the opponent holds. */
    private static Duel tackle(JsonNode e, Map<String, JsonNode> byId) {
        String team = SbJson.id(e, "team");
        String player = SbJson.id(e, "player");
        JsonNode opponent = opponent(e, byId, r -> TACKLE_OPPONENT.contains(SbJson.type(r)));
        String other = opponent == null ? null : SbJson.id(opponent, "player");
        String otherTeam = opponent == null ? null : SbJson.id(opponent, "team");
        if (TACKLE_WON.contains(SbJson.name(e.path("duel"), "outcome"))) {
            return new Duel(Duel.Type.GROUND, player, team, Role.WITHOUT_BALL, other, otherTeam,
                    other == null ? null : Role.WITH_BALL);
        }
        return other == null ? null
                : new Duel(Duel.Type.GROUND, other, otherTeam, Role.WITH_BALL, player, team, Role.WITHOUT_BALL);
    }

    /** Nobody holds a ball in the air: the side in possession counts as the one with the ball. */
    private static Duel aerial(JsonNode e, Map<String, JsonNode> byId) {
        JsonNode winner = opponent(e, byId, SbDefence::aerialWon);
        if (winner == null) {
            return null;
        }
        String possessing = SbJson.id(e, "possession_team");
        String team = SbJson.id(e, "team");
        String winnerTeam = SbJson.id(winner, "team");
        return new Duel(Duel.Type.AERIAL, SbJson.id(winner, "player"), winnerTeam, role(winnerTeam, possessing),
                SbJson.id(e, "player"), team, role(team, possessing));
    }

    /** Only an interception that keeps the ball with the interceptor's side wins it. */
    static MatchFact interception(MatchEnvelope m, Stamp s, JsonNode e) {
        if (!INTERCEPTED.contains(SbJson.name(e.path("interception"), "outcome"))) {
            return null;
        }
        return m.fact(s, FactType.BALL_WIN, SbJson.id(e, "team"), SbJson.id(e, "player"),
                new BallWin(BallWin.Method.INTERCEPTION));
    }

    /** A recovery flagged recovery_failure lost the ball again at once: no win. */
    static MatchFact recovery(MatchEnvelope m, Stamp s, JsonNode e) {
        if (e.path("ball_recovery").path("recovery_failure").asBoolean(false)) {
            return null;
        }
        return m.fact(s, FactType.BALL_WIN, SbJson.id(e, "team"), SbJson.id(e, "player"),
                new BallWin(BallWin.Method.RECOVERY));
    }

    private static JsonNode opponent(JsonNode e, Map<String, JsonNode> byId,
                                     Predicate<JsonNode> fits) {
        String team = SbJson.id(e, "team");
        for (JsonNode id : e.path("related_events")) {
            JsonNode r = byId.get(id.asText());
            if (r != null && !Objects.equals(SbJson.id(r, "team"), team) && fits.test(r)) {
                return r;
            }
        }
        return null;
    }

    /** The flag sits in the event's type-specific object, e.g. pass.aerial_won. */
    private static boolean aerialWon(JsonNode event) {
        for (JsonNode v : event) {
            if (v.isObject() && v.path("aerial_won").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static Role role(String team, String possessing) {
        return Objects.equals(team, possessing) ? Role.WITH_BALL : Role.WITHOUT_BALL;
    }
}
