package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static skill.calculators.reference.FinalFacts.MATCH_ORDER;
import static skill.calculators.reference.FinalFacts.isType;
import static skill.calculators.reference.FinalFacts.number;
import static skill.calculators.reference.FinalFacts.text;

/**
 * Initiator tallies of one match (contract §3), by brute force over the match's live passes.
 *
 * <p>First assist: the live PASS that {@code assistFactId} names, as given; a named fact that is
 * missing, deleted or no pass means no first and no second assist. Without the field: the latest
 * successful pass before the shot (match order) in the shot's possession whose receiver is the
 * shooter. Second assist: the latest successful pass before the first assist in the first assist's
 * possession whose receiver is the first-assist passer. A cross or free kick earns nothing but stays
 * in the chain. Readings where the contract is silent (the production code reads them the same way):
 * own goals have no assists (nobody set up a goal for the other side); a pass without possessionId
 * is never a derived assist; {@code difficultPassesAssisted} counts per assisted shot, so a pass that
 * set up a shot and its rebound counts twice; a pass without xPass is not difficult.
 */
final class AssistChains {
    static final String X_ASSIST = "xAssist";
    static final String X_SECOND_ASSIST = "xSecondAssist";
    static final String DIFFICULT = "difficult";
    static final String DIFFICULT_2 = "difficult2";
    private static final double DIFFICULT_BELOW = 0.5;

    private AssistChains() {
    }

    /** @param facts one match's live facts in match order */
    static Map<String, Map<String, Double>> tally(List<JsonNode> facts) {
        Tallies t = new Tallies();
        for (JsonNode shot : facts) {
            if (!isType(shot, "SHOT") || shot.path("ownGoal").asBoolean(false)) {
                continue;
            }
            JsonNode first = shot.hasNonNull("assistFactId")
                    ? passNamed(facts, text(shot, "assistFactId"))
                    : latestPassTo(facts, text(shot, "possessionId"), text(shot, "playerId"), shot);
            if (first == null) {
                continue;
            }
            double xGoals = number(shot, "xGoals");
            credit(t, first, xGoals, X_ASSIST, DIFFICULT);
            JsonNode second = latestPassTo(facts, text(first, "possessionId"), text(first, "playerId"), first);
            if (second != null) {
                credit(t, second, xGoals, X_SECOND_ASSIST, DIFFICULT_2);
            }
        }
        return t.byPlayer();
    }

    private static JsonNode passNamed(List<JsonNode> facts, String factId) {
        return facts.stream().filter(f -> isType(f, "PASS") && factId.equals(text(f, "factId")))
                .findFirst().orElse(null);
    }

    private static JsonNode latestPassTo(List<JsonNode> facts, String possessionId, String receiverId, JsonNode before) {
        JsonNode latest = null;
        for (JsonNode p : facts) {
            boolean candidate = isType(p, "PASS") && p.path("successful").asBoolean(false)
                    && possessionId != null && possessionId.equals(text(p, "possessionId"))
                    && receiverId != null && receiverId.equals(text(p, "receiverId"))
                    && MATCH_ORDER.compare(p, before) < 0;
            if (candidate && (latest == null || MATCH_ORDER.compare(p, latest) > 0)) {
                latest = p;
            }
        }
        return latest;
    }

    private static void credit(Tallies t, JsonNode pass, double xGoals, String xKey, String difficultKey) {
        if ("CROSS".equals(text(pass, "kind")) || "FREE_KICK".equals(text(pass, "setPiece"))) {
            return;
        }
        String passer = text(pass, "playerId");
        t.add(passer, xKey, xGoals);
        Double xPass = number(pass, "xPass");
        t.add(passer, difficultKey, xPass != null && xPass < DIFFICULT_BELOW ? 1 : 0);
    }
}
