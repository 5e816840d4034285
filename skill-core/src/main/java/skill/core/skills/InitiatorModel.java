package skill.core.skills;

import skill.core.minutes.MatchSheet;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Initiator (contract §3): the xGoals of the shots a player set up with the last pass before them
 * (first assist) or the one before that (second assist), and how many of those passes were difficult.
 *
 * <p>A shot's first assist is the live pass its {@code assistFactId} names, taken as given (another
 * possession, unsuccessful, another receiver). While that fact is missing, deleted or not a pass,
 * the shot has no assists at all: upstream said which pass it was, so no other pass is guessed.
 * Without the field, the first assist is the latest successful pass before the shot in the shot's
 * possession to the shooter. The second assist is the latest successful pass before the first
 * assist in the first assist's possession to the first-assist passer. Each link is judged on its
 * own: a cross or free kick earns its passer nothing but stays in the chain, so the second assist
 * is still found from it and nothing moves up. Own goals have no assists. Order is
 * {@link MatchFact#MATCH_ORDER}, so the result depends only on the set of live facts.
 *
 * <p>Default weights: first-assist metrics carry 0.65 and second-assist metrics 0.35; per-90 values
 * (0.30) let efficient players with fewer minutes compete, and difficult passes (0.35) reward
 * creating chances where completing the pass was hard, which is what sets an initiator apart.
 */
public final class InitiatorModel implements SkillModel {
    static final String X_ASSIST = "xAssist";
    static final String X_SECOND_ASSIST = "xSecondAssist";
    static final String DIFFICULT = "difficultPassesAssisted";
    static final String DIFFICULT_2 = "difficultPassesAssisted2";
    public static final double DEFAULT_DIFFICULT_PASS_THRESHOLD = 0.5;

    private final double difficultPassThreshold;

    public InitiatorModel() {
        this(DEFAULT_DIFFICULT_PASS_THRESHOLD);
    }

    /** @param difficultPassThreshold a pass is difficult when its xPass is below this (0..1) */
    public InitiatorModel(double difficultPassThreshold) {
        if (!(difficultPassThreshold >= 0 && difficultPassThreshold <= 1)) {
            throw new IllegalArgumentException("difficult pass threshold must be in [0, 1]: " + difficultPassThreshold);
        }
        this.difficultPassThreshold = difficultPassThreshold;
    }

    @Override
    public Skill skill() {
        return Skill.INITIATOR;
    }

    @Override
    public Set<FactType> countedTypes() {
        return Set.of(FactType.PASS, FactType.SHOT);
    }

    @Override
    public Map<String, SortedMap<String, Double>> countsByPlayer(List<MatchFact> liveFacts, MatchSheet sheet) {
        Passes passes = Passes.of(liveFacts);
        Map<String, SortedMap<String, Double>> counts = new TreeMap<>();
        for (MatchFact f : liveFacts) {
            Shot shot = f.deleted() ? null : f.detailsAs(Shot.class);
            if (shot == null || shot.ownGoal()) {
                continue;
            }
            MatchFact first = shot.assistFactId() != null ? passes.byId.get(shot.assistFactId())
                    : passes.latestTo(f.possessionId(), f.playerId(), f);
            if (first == null) {
                continue;
            }
            credit(counts, first, shot.xGoals(), X_ASSIST, DIFFICULT);
            MatchFact second = passes.latestTo(first.possessionId(), first.playerId(), first);
            if (second != null) {
                credit(counts, second, shot.xGoals(), X_SECOND_ASSIST, DIFFICULT_2);
            }
        }
        return counts;
    }

    private void credit(Map<String, SortedMap<String, Double>> counts, MatchFact pass, double xGoals,
                        String xKey, String difficultKey) {
        Pass p = pass.detailsAs(Pass.class);
        if (p.kind() == Pass.Kind.CROSS || p.setPiece() == SetPiece.FREE_KICK) {
            return; // the skill is about open-play passing, so crosses and free kicks are left out
        }
        SortedMap<String, Double> c = counts.computeIfAbsent(pass.playerId(), k -> new TreeMap<>(
                Map.of(X_ASSIST, 0.0, X_SECOND_ASSIST, 0.0, DIFFICULT, 0.0, DIFFICULT_2, 0.0)));
        c.merge(xKey, xGoals, Double::sum);
        boolean difficult = p.xPass() != null && p.xPass() < difficultPassThreshold;
        c.merge(difficultKey, difficult ? 1.0 : 0.0, Double::sum);
    }

    @Override
    public Map<String, Double> metrics(SeasonTotals season) {
        double xAssist = season.sum(X_ASSIST);
        double xSecondAssist = season.sum(X_SECOND_ASSIST);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("xAssist", xAssist);
        m.put("xAssistPer90", season.per90(xAssist));
        m.put("xSecondAssist", xSecondAssist);
        m.put("xSecondAssistPer90", season.per90(xSecondAssist));
        m.put("difficultPassesAssisted", season.sum(DIFFICULT));
        m.put("difficultPassesAssisted2", season.sum(DIFFICULT_2));
        return m;
    }

    @Override
    public Map<String, Double> defaultWeights() {
        return Map.of("xAssist", 0.25, "xAssistPer90", 0.20, "xSecondAssist", 0.10, "xSecondAssistPer90", 0.10,
                "difficultPassesAssisted", 0.20, "difficultPassesAssisted2", 0.15);
    }

    /**
     * A match's live passes, indexed once so each shot looks only at the few passes that can be its
     * assists (a match has about a thousand passes and thirty shots).
     */
    private record Passes(Map<String, MatchFact> byId, Map<Target, List<MatchFact>> successfulTo) {

        static Passes of(List<MatchFact> liveFacts) {
            Map<String, MatchFact> byId = new HashMap<>();
            Map<Target, List<MatchFact>> successfulTo = new HashMap<>();
            for (MatchFact f : liveFacts) {
                Pass p = f.deleted() ? null : f.detailsAs(Pass.class);
                if (p == null) {
                    continue;
                }
                byId.put(f.factId(), f);
                // Without possession or receiver a pass cannot be derived as an assist, so it is not indexed.
                if (p.successful() && f.possessionId() != null && p.receiverId() != null) {
                    successfulTo.computeIfAbsent(new Target(f.possessionId(), p.receiverId()),
                            t -> new ArrayList<>()).add(f);
                }
            }
            return new Passes(byId, successfulTo);
        }

        /** The latest successful pass to the receiver in the possession before {@code before}, or null. */
        MatchFact latestTo(String possessionId, String receiverId, MatchFact before) {
            MatchFact latest = null;
            for (MatchFact p : successfulTo.getOrDefault(new Target(possessionId, receiverId), List.of())) {
                if (MatchFact.MATCH_ORDER.compare(p, before) < 0
                        && (latest == null || MatchFact.MATCH_ORDER.compare(p, latest) > 0)) {
                    latest = p;
                }
            }
            return latest;
        }
    }

    private record Target(String possessionId, String receiverId) {
    }
}
