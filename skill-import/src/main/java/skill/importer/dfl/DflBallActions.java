package skill.importer.dfl;

import org.w3c.dom.Element;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;
import skill.core.xpass.XPassModel;
import skill.importer.MatchEnvelope;
import skill.importer.Stamp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Passes, crosses, shots and own goals: the DFL Play, ShotAtGoal and OwnGoal events. */
final class DflBallActions {
    private static final Map<String, SetPiece> WRAPPERS = Map.of("KickOff", SetPiece.KICK_OFF,
            "FreeKick", SetPiece.FREE_KICK, "CornerKick", SetPiece.CORNER, "ThrowIn", SetPiece.THROW_IN,
            "GoalKick", SetPiece.GOAL_KICK, "Penalty", SetPiece.PENALTY);
    private static final Set<SetPiece> SHOT_SET_PIECES = EnumSet.of(SetPiece.OPEN_PLAY, SetPiece.FREE_KICK,
            SetPiece.CORNER, SetPiece.PENALTY, SetPiece.THROW_IN);
    private static final Set<SetPiece> PASS_SET_PIECES = EnumSet.complementOf(EnumSet.of(SetPiece.PENALTY));
    /** ShotAtGoal's child names the outcome; OtherShot and anything unknown is OTHER. */
    private static final Map<String, Shot.Outcome> OUTCOMES = Map.of("SuccessfulShot", Shot.Outcome.GOAL,
            "SavedShot", Shot.Outcome.SAVED, "BlockedShot", Shot.Outcome.BLOCKED, "ShotWide", Shot.Outcome.WIDE,
            "ShotWoodWork", Shot.Outcome.WOODWORK);
    /** The feed writes both for a pass that reached its recipient; the rest is "unsuccessful". */
    private static final Set<String> SUCCESSFUL = Set.of("successfullyCompleted", "successful");

    private DflBallActions() {
    }

    /** A Play with a Pass or Cross child; null for any other kind of play. */
    static MatchFact pass(MatchEnvelope m, Stamp s, DflEvent e) {
        Element kind = DflXml.firstChild(e.action());
        String name = kind == null ? "" : kind.getTagName();
        if (!name.equals("Pass") && !name.equals("Cross")) {
            return null;
        }
        boolean cross = name.equals("Cross");
        SetPiece setPiece = setPiece(e, PASS_SET_PIECES);
        // The feed has no completion probability: xPass comes from our model (docs/xpass.md).
        Pass pass = new Pass(e.attr("Recipient"), SUCCESSFUL.contains(e.attr("Evaluation")),
                XPassModel.standard().probability(DflPassFeatures.of(e, setPiece, cross)),
                cross ? Pass.Kind.CROSS : Pass.Kind.PASS, setPiece);
        return m.fact(s, FactType.PASS, e.attr("Team"), e.attr("Player"), pass);
    }

    static MatchFact shot(MatchEnvelope m, Stamp s, DflEvent e) {
        Element result = DflXml.firstChild(e.action());
        Shot.Outcome outcome = result == null ? Shot.Outcome.OTHER
                : OUTCOMES.getOrDefault(result.getTagName(), Shot.Outcome.OTHER);
        String xg = e.attr("xG");
        // Every shot in our data has xG; a feed without it gets 0 rather than losing the shot.
        Shot shot = new Shot(xg == null ? 0 : Double.parseDouble(xg), outcome, setPiece(e, SHOT_SET_PIECES),
                false, null);
        return m.fact(s, FactType.SHOT, e.attr("Team"), e.attr("Player"), shot);
    }

    /** An own goal counts as a scored shot of the player who put the ball in his own net, worth no xG. */
    static MatchFact ownGoal(MatchEnvelope m, Stamp s, DflEvent e) {
        Shot shot = new Shot(0, Shot.Outcome.GOAL, setPiece(e, SHOT_SET_PIECES), true, null);
        return m.fact(s, FactType.SHOT, e.attr("Team"), e.attr("Player"), shot);
    }

    /** The set piece the event's wrapper names, where the fact type allows it; otherwise open play. */
    private static SetPiece setPiece(DflEvent e, Set<SetPiece> allowed) {
        SetPiece named = e.wrapper() == null ? SetPiece.OPEN_PLAY : WRAPPERS.getOrDefault(e.wrapper(),
                SetPiece.OPEN_PLAY);
        return allowed.contains(named) ? named : SetPiece.OPEN_PLAY;
    }
}
