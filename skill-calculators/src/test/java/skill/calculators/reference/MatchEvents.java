package skill.calculators.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;
import skill.calculators.reference.SeasonBuilder.MatchContext;
import skill.core.Facts.Fact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static skill.calculators.reference.SeasonBuilder.SQUAD;

/**
 * Reads one match's event genes, in the order of their time ({@code g[0]} the kind, {@code g[1]} the
 * time in 7-second steps from kick-off, {@code g[14]} its milliseconds, {@code g[2]} the side, the
 * rest per kind).
 * An attack is 0–3 passes along a chain of teammates in one possession, usually ending in the last
 * receiver's shot; possession ids repeat within a match, so chains can also meet earlier attacks.
 */
final class MatchEvents {
    static final String[][] DUEL_ROLES = {{"WITHOUT_BALL", "WITH_BALL"}, {"WITH_BALL", "WITHOUT_BALL"},
            {"WITHOUT_BALL", "WITHOUT_BALL"}, {"WITHOUT_BALL", "WITH_BALL"}};
    private static final String[] METHODS = {"INTERCEPTION", "RECOVERY", "OTHER"};

    private final SeasonBuilder b;
    private final MatchContext m;
    private final int matchday;
    private final SeasonBuilder.Pitch pitch;
    private final Map<Long, Integer> perSecond = new HashMap<>();
    private final Map<String, ObjectNode> summaries = new HashMap<>();

    MatchEvents(SeasonBuilder b, MatchContext m, int matchday) {
        this.b = b;
        this.m = m;
        this.matchday = matchday;
        this.pitch = new SeasonBuilder.Pitch(b, m);
    }

    /** When the event gene's event happens, after kick-off. */
    static long offsetMillis(int[] g) {
        return g[1] * 7_000L + SeasonBuilder.millis(g[14], 0);
    }

    void play(List<int[]> events) {
        for (int[] g : events) {
            Instant t = m.kickOff().plusMillis(offsetMillis(g));
            String team = g[2] % 2 == 0 ? m.home() : m.away();
            switch (g[0] % 10) {
                case 0, 1, 2, 3 -> attack(g, t, team);
                case 4, 5 -> fact("DUEL", t, team, null).with("duelType", g[5] % 2 == 0 ? "GROUND" : "AERIAL")
                        .with("winnerId", b.player(team, g[3])).with("winnerTeamId", team)
                        .with("winnerRole", DUEL_ROLES[g[6] % 4][0]).with("loserId", b.player(m.otherTeam(team), g[4]))
                        .with("loserTeamId", m.otherTeam(team)).with("loserRole", DUEL_ROLES[g[6] % 4][1]);
                case 6 -> fact("BALL_WIN", t, team, b.player(team, g[3])).with("method", METHODS[g[5] % 3]);
                case 7 -> b.emit(b.envelope("SPRINT", m, matchday, t, null).with("teamId", team)
                        .with("playerId", b.player(team, g[3])).with("startedAt", t.toString())
                        .with("endedAt", t.plusSeconds(1 + g[5] % 4).toString())
                        .with("peakSpeed", 7 + g[6] % 300 / 100.0).with("distance", 25.0), t);
                case 8 -> speedSummary(b.player(team, g[3]), team, 7.5 + g[6] % 250 / 100.0, t);
                default -> change(g, t, team);
            }
        }
    }

    /** Emits an event fact of the match at {@code t}, numbered in a sequenced match. */
    private Fact fact(String type, Instant t, String team, String playerId) {
        Fact f = b.envelope(type, m, matchday, t, sequence(t));
        if (team != null && !type.equals("DUEL")) {
            f.with("teamId", team);
        }
        if (playerId != null) {
            f.with("playerId", playerId);
        }
        b.emit(f, t);
        return f;
    }

    private Long sequence(Instant t) {
        if (!m.sequenced()) {
            return null;
        }
        long second = t.getEpochSecond() - m.kickOff().getEpochSecond();
        return second * 10 + Math.min(9, perSecond.merge(second, 1, Integer::sum) - 1);
    }

    private void attack(int[] g, Instant t, String team) {
        int at = g[4] % SQUAD;
        int passes = g[3] % 4;
        int gap = g[7] % 3;
        String possession = "X" + g[6] % 3;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            int to = (at + 1 + g[5] % (SQUAD - 1)) % SQUAD;
            boolean cross = (g[10] >> (2 * i) & 3) == 3;
            boolean freeKick = (g[10] >> (2 * i + 6) & 3) == 3;
            Fact pass = fact("PASS", t, team, b.player(team, at)).possession(possession)
                    .with("receiverId", b.player(team, to)).with("successful", (g[8] >> i & 7) != 7)
                    .with("kind", cross ? "CROSS" : "PASS").with("setPiece", freeKick ? "FREE_KICK" : "OPEN_PLAY");
            if (g[9] % 19 != 18) {
                pass.with("xPass", (g[9] + 37 * i) % 100 / 100.0);
            }
            ids.add(pass.id());
            m.passIds().add(pass.id());
            at = to;
            t = t.plusSeconds(gap);
        }
        if (g[11] % 6 == 5) {
            return;
        }
        boolean ownGoal = g[11] / 252 == 3 && g[11] % 2 == 1;
        String shooterTeam = ownGoal ? m.otherTeam(team) : team;
        Fact shot = fact("SHOT", t, shooterTeam, b.player(shooterTeam, ownGoal ? g[4] : at)).possession(possession)
                .with("xGoals", g[12] % 100 / 100.0).with("outcome", SeasonBuilder.outcome(g[11] / 6))
                .with("setPiece", g[13] % 9 == 8 ? "PENALTY" : "OPEN_PLAY").with("ownGoal", ownGoal);
        if (g[13] % 5 == 4) {
            shot.at(t.minusSeconds(3));  // the clock disagrees with the sequence: sequence decides
        }
        int assist = g[11] / 36 % 7;
        if (assist == 4 && !ids.isEmpty()) {
            shot.with("assistFactId", ids.get(ids.size() - 1));
        } else if (assist == 5 && !m.passIds().isEmpty()) {
            shot.with("assistFactId", m.passIds().get(g[12] % m.passIds().size()));
        } else if (assist == 6) {
            shot.with("assistFactId", "NEVER-SENT-" + b.newId());
        }
    }

    /** One summary fact per player and match, republished with a higher version at every update. */
    private void speedSummary(String playerId, String team, double topSpeed, Instant t) {
        ObjectNode previous = summaries.get(playerId);
        ObjectNode json = previous == null
                ? b.envelope("SPEED_SUMMARY", m, matchday, t, null).with("teamId", team).with("playerId", playerId).json()
                : previous.deepCopy().put("version", previous.get("version").asInt() + 1);
        json.put("occurredAt", t.toString()).put("topSpeed", topSpeed).put("distance", 5000.0);
        summaries.put(playerId, json);
        b.emit(json, t);
    }

    /** A substitution (bench player not used yet for one on the pitch) or a sending-off. */
    private void change(int[] g, Instant t, String team) {
        List<String> on = new ArrayList<>(pitch.on.get(team));
        if (on.isEmpty()) {
            return;
        }
        String off = on.get(g[3] % on.size());
        if (g[0] / 10 % 3 == 2) {
            pitch.on.get(team).remove(off);
            fact("SENDING_OFF", t, team, off);
            return;
        }
        List<String> bench = new ArrayList<>();
        for (int i = 0; i < SQUAD; i++) {
            if (!pitch.appeared.contains(b.player(team, i))) {
                bench.add(b.player(team, i));
            }
        }
        if (bench.isEmpty()) {
            return;
        }
        String in = bench.get(g[4] % bench.size());
        pitch.on.get(team).remove(off);
        pitch.on.get(team).add(in);
        pitch.appeared.add(in);
        fact("SUBSTITUTION", t, team, null).with("playerOutId", off).with("playerInId", in);
    }
}
