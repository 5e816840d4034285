package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.skills.Skill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static skill.calculators.reference.FinalFacts.isType;
import static skill.calculators.reference.FinalFacts.number;
import static skill.calculators.reference.FinalFacts.text;

/**
 * What each skill counts in one match, and the season metrics (contract §3 names) from those
 * counts. Season sums run over the matches in matchId order, a mean uses {@code DoubleStream.average}:
 * summing in a fixed order keeps float noise from flipping a value that sits on a rounding half.
 */
final class SkillRules {
    private SkillRules() {
    }

    /** @param facts one match's live facts in match order */
    static Map<String, Map<String, Double>> tally(Skill skill, List<JsonNode> facts) {
        return switch (skill) {
            case INITIATOR -> AssistChains.tally(facts);
            case FINISHER -> finisher(facts);
            case SPRINTER -> sprinter(facts);
            case BALL_WINNER -> ballWinner(facts);
        };
    }

    /** Own goals never count for the shooter. */
    private static Map<String, Map<String, Double>> finisher(List<JsonNode> facts) {
        Tallies t = new Tallies();
        for (JsonNode f : facts) {
            if (isType(f, "SHOT") && !f.path("ownGoal").asBoolean(false)) {
                String p = text(f, "playerId");
                t.add(p, "shots", 1);
                t.add(p, "xGoals", number(f, "xGoals"));
                t.add(p, "goals", "GOAL".equals(text(f, "outcome")) ? 1 : 0);
            }
        }
        return t.byPlayer();
    }

    /** A match's top speed is its highest summary (one is expected per player and match), in km/h. */
    private static Map<String, Map<String, Double>> sprinter(List<JsonNode> facts) {
        Tallies t = new Tallies();
        for (JsonNode f : facts) {
            if (isType(f, "SPRINT")) {
                t.add(text(f, "playerId"), "sprints", 1);
            } else if (isType(f, "SPEED_SUMMARY")) {
                t.max(text(f, "playerId"), "topKmh", number(f, "topSpeed") * 3.6);
            }
        }
        return t.byPlayer();
    }

    /**
     * A defensive duel: the player WITHOUT_BALL, the opponent WITH_BALL; it counts for both, won by
     * the winner. groundDuelsWon/aerialDuelsWon count every duel won, whatever the roles (the
     * contract names them "duels won", not "defensive duels won"; production reads them the same).
     * The generated duels always carry both roles and a loser, so no role is inferred here.
     */
    private static Map<String, Map<String, Double>> ballWinner(List<JsonNode> facts) {
        Tallies t = new Tallies();
        for (JsonNode f : facts) {
            if (isType(f, "DUEL")) {
                String winner = text(f, "winnerId");
                boolean winnerWithout = "WITHOUT_BALL".equals(text(f, "winnerRole"));
                boolean loserWith = "WITH_BALL".equals(text(f, "loserRole"));
                t.add(winner, "AERIAL".equals(text(f, "duelType")) ? "aerialWon" : "groundWon", 1);
                if (winnerWithout && loserWith) {
                    t.add(winner, "defensive", 1);
                    t.add(winner, "defensiveWon", 1);
                }
                boolean winnerWith = "WITH_BALL".equals(text(f, "winnerRole"));
                boolean loserWithout = "WITHOUT_BALL".equals(text(f, "loserRole"));
                if (winnerWith && loserWithout && text(f, "loserId") != null) {
                    t.add(text(f, "loserId"), "defensive", 1);
                }
            } else if (isType(f, "BALL_WIN")) {
                t.add(text(f, "playerId"), "ballWinFacts", 1);
                t.add(text(f, "playerId"), "interceptions", "INTERCEPTION".equals(text(f, "method")) ? 1 : 0);
            }
        }
        return t.byPlayer();
    }

    /**
     * Unrounded season metrics, in the contract's order.
     *
     * @param matches the player's tallies per match, in matchId order
     * @param millis the player's time played in the season, in milliseconds
     */
    static Map<String, Double> metrics(Skill skill, List<Map<String, Double>> matches, long millis) {
        Map<String, Double> m = new LinkedHashMap<>();
        switch (skill) {
            case INITIATOR -> {
                m.put("xAssist", sum(matches, AssistChains.X_ASSIST));
                m.put("xAssistPer90", per90(sum(matches, AssistChains.X_ASSIST), millis));
                m.put("xSecondAssist", sum(matches, AssistChains.X_SECOND_ASSIST));
                m.put("xSecondAssistPer90", per90(sum(matches, AssistChains.X_SECOND_ASSIST), millis));
                m.put("difficultPassesAssisted", sum(matches, AssistChains.DIFFICULT));
                m.put("difficultPassesAssisted2", sum(matches, AssistChains.DIFFICULT_2));
            }
            case FINISHER -> {
                m.put("goals", sum(matches, "goals"));
                m.put("goalsPer90", per90(sum(matches, "goals"), millis));
                m.put("xGoals", sum(matches, "xGoals"));
                m.put("shotEfficiency", sum(matches, "goals") - sum(matches, "xGoals"));
                m.put("shots", sum(matches, "shots"));
            }
            case SPRINTER -> {
                m.put("topSpeedKmh", orNull(matches.stream().filter(t -> t.containsKey("topKmh"))
                        .mapToDouble(t -> t.get("topKmh")).max()));
                m.put("avgTopSpeedKmh", orNull(matches.stream().filter(t -> t.containsKey("topKmh"))
                        .mapToDouble(t -> t.get("topKmh")).average()));
                m.put("sprints", sum(matches, "sprints"));
                m.put("sprintsPer90", per90(sum(matches, "sprints"), millis));
            }
            case BALL_WINNER -> {
                double duels = sum(matches, "defensive");
                double won = sum(matches, "defensiveWon");
                double ballWins = won + sum(matches, "ballWinFacts");
                m.put("defensiveDuels", duels);
                m.put("defensiveDuelsWon", won);
                m.put("defensiveDuelWinRate", duels > 0 ? won / duels : null);
                m.put("groundDuelsWon", sum(matches, "groundWon"));
                m.put("aerialDuelsWon", sum(matches, "aerialWon"));
                m.put("interceptions", sum(matches, "interceptions"));
                m.put("interceptionsPer90", per90(sum(matches, "interceptions"), millis));
                m.put("ballWins", ballWins);
                m.put("ballWinsPer90", per90(ballWins, millis));
            }
        }
        return m;
    }

    private static double sum(List<Map<String, Double>> matches, String name) {
        double total = 0;
        for (Map<String, Double> t : matches) {
            total += t.getOrDefault(name, 0.0);
        }
        return total;
    }

    /** total / minutes × 90; nobody plays 0 minutes and is eligible, so 0 there is a display choice. */
    /** Contract §3: the sprinter's data is tracking (a speed summary or a sprint); event data is every skill's. */
    static boolean hasData(Skill skill, List<Map<String, Double>> matches) {
        return skill != Skill.SPRINTER || matches.stream().anyMatch(t -> t.containsKey("topKmh") || t.containsKey("sprints"));
    }

    private static double per90(double total, long millis) {
        return millis == 0 ? 0 : total * 90 * 60_000 / millis;
    }

    private static Double orNull(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
