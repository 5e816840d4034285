package skill.core.skills;

import skill.core.minutes.MatchSheet;
import skill.core.model.FactDetails.BallWin;
import skill.core.model.FactDetails.Duel;
import skill.core.model.FactDetails.Duel.Role;
import skill.core.model.FactType;
import skill.core.model.MatchFact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Ball winner (contract §3): defensive duels, duels won on the ground and in the air, and the
 * {@code BALL_WIN}s (interceptions, recoveries, other claims).
 *
 * <p>A defensive duel is a {@code DUEL} in which the player is {@code WITHOUT_BALL} and the opponent
 * {@code WITH_BALL}; it counts for the winner and for the loser, and is won by the winner. Where a
 * duel has no {@code loserRole}, the loser's role is the complement of the winner's (a duel is always
 * between the player on the ball and one without it, unless the producer says otherwise, e.g. both
 * contesting a loose ball). A duel without {@code loserId} counts only for its winner.
 */
public final class BallWinnerModel implements SkillModel {
    static final String DEFENSIVE_DUELS = "defensiveDuels";
    static final String DEFENSIVE_DUELS_WON = "defensiveDuelsWon";
    static final String GROUND_DUELS_WON = "groundDuelsWon";
    static final String AERIAL_DUELS_WON = "aerialDuelsWon";
    static final String INTERCEPTIONS = "interceptions";
    /** Every BALL_WIN, whatever its method: with the defensive duels won they make the ball wins. */
    static final String BALL_WIN_FACTS = "ballWinFacts";

    @Override
    public Skill skill() {
        return Skill.BALL_WINNER;
    }

    @Override
    public Set<FactType> countedTypes() {
        return Set.of(FactType.DUEL, FactType.BALL_WIN);
    }

    @Override
    public Map<String, SortedMap<String, Double>> countsByPlayer(List<MatchFact> liveFacts, MatchSheet sheet) {
        Map<String, SortedMap<String, Double>> counts = new TreeMap<>();
        for (MatchFact f : liveFacts) {
            Duel duel = f.detailsAs(Duel.class);
            if (duel != null) {
                countDuel(duel, counts);
            }
            BallWin win = f.detailsAs(BallWin.class);
            if (win != null) {
                SortedMap<String, Double> c = of(counts, f.playerId());
                c.merge(BALL_WIN_FACTS, 1.0, Double::sum);
                if (win.method() == BallWin.Method.INTERCEPTION) {
                    c.merge(INTERCEPTIONS, 1.0, Double::sum);
                }
            }
        }
        return counts;
    }

    private static void countDuel(Duel duel, Map<String, SortedMap<String, Double>> counts) {
        Role winnerRole = duel.winnerRole();
        Role loserRole = duel.loserRole() != null ? duel.loserRole()
                : winnerRole == Role.WITH_BALL ? Role.WITHOUT_BALL : Role.WITH_BALL;
        SortedMap<String, Double> winner = of(counts, duel.winnerId());
        winner.merge(duel.duelType() == Duel.Type.AERIAL ? AERIAL_DUELS_WON : GROUND_DUELS_WON, 1.0, Double::sum);
        if (winnerRole == Role.WITHOUT_BALL && loserRole == Role.WITH_BALL) {
            winner.merge(DEFENSIVE_DUELS, 1.0, Double::sum);
            winner.merge(DEFENSIVE_DUELS_WON, 1.0, Double::sum);
        }
        if (duel.loserId() != null && loserRole == Role.WITHOUT_BALL && winnerRole == Role.WITH_BALL) {
            of(counts, duel.loserId()).merge(DEFENSIVE_DUELS, 1.0, Double::sum);
        }
    }

    private static SortedMap<String, Double> of(Map<String, SortedMap<String, Double>> counts, String playerId) {
        return counts.computeIfAbsent(playerId, p -> new TreeMap<>());
    }

    @Override
    public Map<String, Double> metrics(SeasonTotals season) {
        double duels = season.sum(DEFENSIVE_DUELS);
        double won = season.sum(DEFENSIVE_DUELS_WON);
        double interceptions = season.sum(INTERCEPTIONS);
        double ballWins = won + season.sum(BALL_WIN_FACTS);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("defensiveDuels", duels);
        m.put("defensiveDuelsWon", won);
        m.put("defensiveDuelWinRate", duels > 0 ? won / duels : null);
        m.put("groundDuelsWon", season.sum(GROUND_DUELS_WON));
        m.put("aerialDuelsWon", season.sum(AERIAL_DUELS_WON));
        m.put("interceptions", interceptions);
        m.put("interceptionsPer90", season.per90(interceptions));
        m.put("ballWins", ballWins);
        m.put("ballWinsPer90", season.per90(ballWins));
        return m;
    }

    /**
     * Ball wins lead, half in total and half per 90 (the skill is causing ball losses "both in total
     * and respective to playing time"); interceptions per 90, the win rate of defensive duels and the
     * duels won on the ground and in the air add how the ball is won. The win rate weighs less than
     * the ball wins because a few duels make it noisy; a player without defensive duels scores worst on it.
     */
    @Override
    public Map<String, Double> defaultWeights() {
        return Map.of("ballWins", 0.25, "ballWinsPer90", 0.25, "interceptionsPer90", 0.15,
                "defensiveDuelWinRate", 0.15, "groundDuelsWon", 0.1, "aerialDuelsWon", 0.1);
    }
}
