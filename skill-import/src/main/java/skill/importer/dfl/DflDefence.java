package skill.importer.dfl;

import skill.core.model.FactDetails.BallWin;
import skill.core.model.FactDetails.Duel;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.importer.MatchEnvelope;
import skill.importer.Stamp;

import java.util.Map;

/** Duels and ball wins: the DFL TacklingGame and BallClaiming events. */
final class DflDefence {
    private static final Map<String, Duel.Role> ROLES = Map.of("withBallControl", Duel.Role.WITH_BALL,
            "withoutBallControl", Duel.Role.WITHOUT_BALL);
    private static final Map<String, BallWin.Method> METHODS = Map.of("InterceptedBall", BallWin.Method.INTERCEPTION,
            "BallClaimed", BallWin.Method.RECOVERY, "BallHeld", BallWin.Method.OTHER);

    private DflDefence() {
    }

    /**
     * A TacklingGame names both players, their teams and roles; Type "air" is an aerial duel, "ground"
     * (or none) a ground duel. The duel has no single actor, so the envelope names no player. Null when
     * the winner or his role is missing, which the contract requires.
     */
    static MatchFact duel(MatchEnvelope m, Stamp s, DflEvent e) {
        Duel.Role winnerRole = ROLES.get(String.valueOf(e.attr("WinnerRole")));
        if (e.attr("Winner") == null || winnerRole == null) {
            return null;
        }
        Duel duel = new Duel("air".equals(e.attr("Type")) ? Duel.Type.AERIAL : Duel.Type.GROUND,
                e.attr("Winner"), e.attr("WinnerTeam"), winnerRole,
                e.attr("Loser"), e.attr("LoserTeam"), ROLES.get(String.valueOf(e.attr("LoserRole"))));
        return m.fact(s, FactType.DUEL, null, null, duel);
    }

    static MatchFact ballWin(MatchEnvelope m, Stamp s, DflEvent e) {
        BallWin win = new BallWin(METHODS.getOrDefault(String.valueOf(e.attr("Type")), BallWin.Method.OTHER));
        return m.fact(s, FactType.BALL_WIN, e.attr("Team"), e.attr("Player"), win);
    }
}
