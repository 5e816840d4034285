package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;
import skill.core.xpass.XPassModel;
import skill.importer.MatchEnvelope;
import skill.importer.Stamp;

import java.util.Locale;
import java.util.Map;

/** Shots, own goals and passes: the StatsBomb Shot, Own Goal Against and Pass events. */
final class SbBallActions {
    /** shot.outcome (lower-cased: the data writes "Saved to Post" where the specification has "Saved To Post"). */
    private static final Map<String, Shot.Outcome> OUTCOMES = Map.of("goal", Shot.Outcome.GOAL,
            "saved", Shot.Outcome.SAVED, "saved off t", Shot.Outcome.SAVED, "saved off target", Shot.Outcome.SAVED,
            "saved to post", Shot.Outcome.SAVED, "blocked", Shot.Outcome.BLOCKED, "off t", Shot.Outcome.WIDE,
            "wayward", Shot.Outcome.WIDE, "post", Shot.Outcome.WOODWORK);
    /** shot.type; Open Play and Kick Off are open play. */
    private static final Map<String, SetPiece> SHOT_TYPES = Map.of("Penalty", SetPiece.PENALTY,
            "Free Kick", SetPiece.FREE_KICK, "Corner", SetPiece.CORNER);

    private SbBallActions() {
    }

    /** key_pass_id names the pass that set the shot up: that pass's factId is its event id. */
    static MatchFact shot(MatchEnvelope m, Stamp s, JsonNode e) {
        JsonNode shot = e.path("shot");
        String outcome = SbJson.name(shot, "outcome");
        Shot details = new Shot(shot.path("statsbomb_xg").asDouble(0),
                outcome == null ? Shot.Outcome.OTHER
                        : OUTCOMES.getOrDefault(outcome.toLowerCase(Locale.ROOT), Shot.Outcome.OTHER),
                SHOT_TYPES.getOrDefault(String.valueOf(SbJson.name(shot, "type")), SetPiece.OPEN_PLAY),
                false, SbJson.text(shot, "key_pass_id"));
        return m.fact(s, FactType.SHOT, SbJson.id(e, "team"), SbJson.id(e, "player"), details);
    }

    /** "Own Goal Against" names the player who scored into his own net (its twin "Own Goal For" names no one). */
    static MatchFact ownGoal(MatchEnvelope m, Stamp s, JsonNode e) {
        return m.fact(s, FactType.SHOT, SbJson.id(e, "team"), SbJson.id(e, "player"),
                new Shot(0, Shot.Outcome.GOAL, SetPiece.OPEN_PLAY, true, null));
    }

    /**
     * No outcome means the pass was completed; the recipient is the intended one also when it failed.
     * StatsBomb's open data has no completion probability: xPass comes from our model (docs/xpass.md).
     */
    static MatchFact pass(MatchEnvelope m, Stamp s, JsonNode e) {
        JsonNode pass = e.path("pass");
        Pass details = new Pass(SbJson.id(pass, "recipient"), !pass.has("outcome"),
                XPassModel.standard().probability(SbPassFeatures.of(e)),
                SbPassFeatures.cross(pass) ? Pass.Kind.CROSS : Pass.Kind.PASS, SbPassFeatures.setPiece(pass));
        return m.fact(s, FactType.PASS, SbJson.id(e, "team"), SbJson.id(e, "player"), details);
    }
}
