package skill.calculators.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * A corrected copy of a fact (its next version): one field changed, chosen by {@code which} and set
 * from {@code value}. Players are replaced by teammates (of the fact's season: players on loan
 * included); a moved action keeps its sequence number in step with its clock.
 */
final class Corrections {
    private Corrections() {
    }

    static ObjectNode apply(ObjectNode fact, int which, int value, SeasonBuilder season) {
        ObjectNode c = fact.deepCopy();
        List<String> passIds = season.matches.get(text(c, "matchId")).passIds();
        String team = text(c, "teamId");
        switch (text(c, "type")) {
            case "SHOT" -> {
                switch (which % 7) {
                    case 0 -> c.put("xGoals", value % 100 / 100.0);
                    case 1 -> c.put("outcome", SeasonBuilder.outcome(value));
                    case 2 -> c.put("playerId", season.player(team, value));
                    case 3 -> c.put("possessionId", "X" + value % 3);
                    case 4 -> c.put("ownGoal", !c.path("ownGoal").asBoolean());
                    case 5 -> assist(c, value, passIds);
                    default -> move(c, value % 121 - 60);
                }
            }
            case "PASS" -> {
                switch (which % 8) {
                    case 0 -> {
                        if (value % 10 == 9) {
                            c.remove("xPass");
                        } else {
                            c.put("xPass", value % 100 / 100.0);
                        }
                    }
                    case 1 -> c.put("receiverId", season.player(team, value));
                    case 2 -> c.put("successful", !c.path("successful").asBoolean());
                    case 3 -> c.put("playerId", season.player(team, value));
                    case 4 -> c.put("possessionId", "X" + value % 3);
                    case 5 -> c.put("kind", "CROSS".equals(text(c, "kind")) ? "PASS" : "CROSS");
                    case 6 -> c.put("setPiece", List.of("OPEN_PLAY", "FREE_KICK", "CORNER").get(value % 3));
                    default -> move(c, value % 121 - 60);
                }
            }
            case "DUEL" -> {
                switch (which % 4) {
                    case 0 -> {
                        String[] winner = {text(c, "winnerId"), text(c, "winnerTeamId"), text(c, "winnerRole")};
                        c.put("winnerId", text(c, "loserId")).put("winnerTeamId", text(c, "loserTeamId"))
                                .put("winnerRole", text(c, "loserRole"));
                        c.put("loserId", winner[0]).put("loserTeamId", winner[1]).put("loserRole", winner[2]);
                    }
                    case 1 -> c.put("winnerRole", MatchEvents.DUEL_ROLES[value % 4][0])
                            .put("loserRole", MatchEvents.DUEL_ROLES[value % 4][1]);
                    case 2 -> c.put("duelType", "GROUND".equals(text(c, "duelType")) ? "AERIAL" : "GROUND");
                    default -> c.put("winnerId", season.player(text(c, "winnerTeamId"), value));
                }
            }
            case "BALL_WIN" -> {
                if (which % 2 == 0) {
                    c.put("method", List.of("INTERCEPTION", "RECOVERY", "OTHER").get(value % 3));
                } else {
                    c.put("playerId", season.player(team, value));
                }
            }
            case "SPRINT" -> c.put("playerId", season.player(team, value));
            case "SPEED_SUMMARY" -> c.put("topSpeed", 7.5 + value % 250 / 100.0);
            case "MATCH" -> period(c, which % 3, value);
            case "LINEUP" -> {
                JsonNode a = c.get("players").get(value % SeasonBuilder.SQUAD);
                JsonNode b = c.get("players").get(value / SeasonBuilder.SQUAD % SeasonBuilder.SQUAD);
                boolean starting = a.get("starting").asBoolean();
                ((ObjectNode) a).put("starting", b.get("starting").asBoolean());
                ((ObjectNode) b).put("starting", starting);
            }
            case "SUBSTITUTION" -> {
                switch (which % 3) {
                    case 0 -> move(c, value % 601 - 300);
                    case 1 -> c.put("playerInId", season.player(team, value));
                    default -> c.put("playerOutId", season.player(team, value));
                }
            }
            case "SENDING_OFF" -> {
                if (which % 2 == 0) {
                    move(c, value % 601 - 300);
                } else {
                    c.put("playerId", season.player(team, value));
                }
            }
            default -> throw new IllegalArgumentException("no correction for " + c);
        }
        return c;
    }

    private static void assist(ObjectNode shot, int value, List<String> passIds) {
        switch (value % 3) {
            case 0 -> shot.remove("assistFactId");
            case 1 -> shot.put("assistFactId", passIds.isEmpty() ? "NEVER-SENT" : passIds.get(value % passIds.size()));
            default -> shot.put("assistFactId", "NEVER-SENT");
        }
    }

    private static void move(ObjectNode c, int seconds) {
        c.put("occurredAt", Instant.parse(text(c, "occurredAt")).plusSeconds(seconds).toString());
        if (c.hasNonNull("sequence")) {
            c.put("sequence", c.get("sequence").asLong() + 10L * seconds);
        }
    }

    /** Stoppage time corrected, the last period running again (or over), or a period's start moved. */
    private static void period(ObjectNode match, int which, int value) {
        ArrayNode periods = (ArrayNode) match.get("periods");
        if (periods.isEmpty()) {
            return;
        }
        ObjectNode p = (ObjectNode) periods.get(which == 1 ? periods.size() - 1 : value % periods.size());
        Instant start = Instant.parse(text(p, "startedAt"));
        if (which == 0 && p.hasNonNull("endedAt")) {
            p.put("endedAt", Instant.parse(text(p, "endedAt")).plusSeconds(value / 7 % 241 - 120).toString());
        } else if (which == 1 && p.hasNonNull("endedAt")) {
            p.remove("endedAt");
            match.put("status", "LIVE");
        } else if (which == 1) {
            p.put("endedAt", start.plusSeconds(2700 + value % 300).toString());
            match.put("status", "FINISHED");
        } else if (which == 2) {
            p.put("startedAt", start.plusSeconds(value / 7 % 121 - 60).toString());
        }
    }

    static String text(JsonNode n, String field) {
        return FinalFacts.text(n, field);
    }
}
