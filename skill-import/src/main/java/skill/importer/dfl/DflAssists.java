package skill.importer.dfl;

import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.MatchFact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * DFL names a shot's assisting player ({@code AssistShotAtGoal}) but not the pass, and its
 * {@code BallPossessionPhase} is numbered per action, so the contract's derived assist (same
 * possession) finds nothing. This links each such shot to its pass via {@code assistFactId}: the
 * latest successful pass by the named player to the shooter at or before the shot.
 */
final class DflAssists {
    private DflAssists() {
    }

    /** @param assisterByShot the assisting player per shot factId, as the feed names it */
    static List<MatchFact> link(List<MatchFact> facts, Map<String, String> assisterByShot) {
        List<MatchFact> passes = facts.stream()
                .filter(f -> !f.deleted() && f.details() instanceof Pass p && p.successful()).toList();
        List<MatchFact> linked = new ArrayList<>(facts.size());
        for (MatchFact f : facts) {
            Shot shot = f.deleted() ? null : f.detailsAs(Shot.class);
            String assister = assisterByShot.get(f.factId());
            MatchFact pass = shot == null || assister == null || shot.assistFactId() != null ? null
                    : passes.stream()
                    .filter(p -> assister.equals(p.playerId()) && f.playerId().equals(p.detailsAs(Pass.class).receiverId())
                            && !p.occurredAt().isAfter(f.occurredAt()))
                    .max(Comparator.comparing(MatchFact::occurredAt).thenComparing(MatchFact.MATCH_ORDER))
                    .orElse(null);
            linked.add(pass == null ? f : withAssist(f, shot, pass.factId()));
        }
        return linked;
    }

    private static MatchFact withAssist(MatchFact f, Shot s, String passId) {
        return new MatchFact(f.factId(), f.version(), f.type(), f.deleted(), f.competition(), f.season(),
                f.matchday(), f.matchId(), f.occurredAt(), f.period(), f.sequence(), f.possessionId(), f.teamId(),
                f.playerId(), new Shot(s.xGoals(), s.outcome(), s.setPiece(), s.ownGoal(), passId));
    }
}
