package skill.cli;

import skill.core.model.FactDetails;
import skill.core.model.FactDetails.Lineup.LineupPlayer;
import skill.core.model.FactDetails.MatchInfo;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One finished demo match of two clubs with twelve players each: lineups, a substitution per side,
 * attacks (passes in a possession ending in a shot, so assists are derived), duels, ball wins,
 * sprints and speed summaries — something for every skill.
 */
record DemoMatch(String season, int matchday, String home, String away, Instant kickOff, Random random) {

    void addTo(List<MatchFact> out) {
        String matchId = "DEMO-" + matchday + "-" + home + "-" + away;
        Instant secondHalf = kickOff.plus(Duration.ofMinutes(62));
        out.add(fact(matchId, "match", FactType.MATCH, kickOff, null, null, null, new MatchInfo(home, away, home,
                away, MatchInfo.Status.FINISHED, List.of(new MatchInfo.Period(1, kickOff, kickOff.plus(Duration.ofMinutes(47))),
                new MatchInfo.Period(2, secondHalf, secondHalf.plus(Duration.ofMinutes(48)))))));
        for (String club : List.of(home, away)) {
            String rival = club.equals(home) ? away : home;
            List<LineupPlayer> players = new ArrayList<>();
            for (int n = 1; n <= 12; n++) {
                players.add(new LineupPlayer(player(club, n), club + " player " + n, n,
                        n == 1 ? "GK" : n <= 5 ? "DF" : n <= 8 ? "MF" : "FW", n <= 11));
            }
            out.add(fact(matchId, "lineup-" + club, FactType.LINEUP, kickOff, club, null, null,
                    new FactDetails.Lineup(players)));
            out.add(fact(matchId, "sub-" + club, FactType.SUBSTITUTION, secondHalf.plus(Duration.ofMinutes(20)), club,
                    null, null, new FactDetails.Substitution(player(club, 10 + random.nextInt(2)), player(club, 12))));
            for (int a = 0; a < 8 + random.nextInt(8); a++) {
                attack(out, matchId, club, a, (a % 2 == 0 ? kickOff : secondHalf).plusSeconds(60L + random.nextInt(2500)));
            }
            for (int d = 0; d < 12; d++) {
                boolean defenderWins = random.nextDouble() < 0.55;
                String defender = player(club, 2 + random.nextInt(6));
                String attacker = player(rival, 6 + random.nextInt(5));
                var winner = defenderWins ? FactDetails.Duel.Role.WITHOUT_BALL : FactDetails.Duel.Role.WITH_BALL;
                out.add(fact(matchId, "duel-" + club + "-" + d, FactType.DUEL, minute(d * 7 + 3), null, null, null,
                        new FactDetails.Duel(random.nextDouble() < 0.7 ? FactDetails.Duel.Type.GROUND : FactDetails.Duel.Type.AERIAL,
                                defenderWins ? defender : attacker, defenderWins ? club : rival, winner,
                                defenderWins ? attacker : defender, defenderWins ? rival : club,
                                winner == FactDetails.Duel.Role.WITH_BALL ? FactDetails.Duel.Role.WITHOUT_BALL
                                        : FactDetails.Duel.Role.WITH_BALL)));
            }
            for (int w = 0; w < 8; w++) {
                out.add(fact(matchId, "win-" + club + "-" + w, FactType.BALL_WIN, minute(w * 11 + 5), club,
                        player(club, 2 + random.nextInt(7)), null, new FactDetails.BallWin(random.nextBoolean()
                                ? FactDetails.BallWin.Method.INTERCEPTION : FactDetails.BallWin.Method.RECOVERY)));
            }
            for (int n = 2; n <= 11; n++) {
                running(out, matchId, club, player(club, n));
            }
        }
    }

    /** Two or three passes in one possession, the last receiver shoots. */
    private void attack(List<MatchFact> out, String matchId, String club, int a, Instant start) {
        String possession = club + "-" + a;
        int passes = 2 + random.nextInt(2);
        String passer = player(club, 4 + random.nextInt(4));
        for (int p = 0; p < passes; p++) {
            String receiver = player(club, p == passes - 1 ? 6 + random.nextInt(6) : 4 + random.nextInt(5));
            double xPass = Math.round((0.3 + 0.7 * random.nextDouble()) * 100) / 100.0;
            out.add(fact(matchId, "pass-" + possession + "-" + p, FactType.PASS, start.plusSeconds(3L * p), club,
                    passer, possession, new FactDetails.Pass(receiver, true, xPass,
                            random.nextDouble() < 0.15 ? FactDetails.Pass.Kind.CROSS : FactDetails.Pass.Kind.PASS,
                            SetPiece.OPEN_PLAY)));
            passer = receiver;
        }
        double xGoals = Math.round(Math.pow(random.nextDouble(), 2.5) * 700) / 1000.0;
        out.add(fact(matchId, "shot-" + possession, FactType.SHOT, start.plusSeconds(3L * passes + 1), club, passer,
                possession, new FactDetails.Shot(xGoals, random.nextDouble() < xGoals
                        ? FactDetails.Shot.Outcome.GOAL : FactDetails.Shot.Outcome.SAVED, SetPiece.OPEN_PLAY, false, null)));
    }

    /** A speed summary and a few sprints, faster for forwards. */
    private void running(List<MatchFact> out, String matchId, String club, String player) {
        boolean forward = Integer.parseInt(player.substring(player.indexOf('-') + 1)) >= 9;
        double top = (forward ? 8.9 : 8.2) + random.nextDouble() * 1.2;
        out.add(fact(matchId, "speed-" + player, FactType.SPEED_SUMMARY, minute(95), club, player, null,
                new FactDetails.SpeedSummary(Math.round(top * 100) / 100.0, 9000 + random.nextInt(3000) * 1.0)));
        for (int s = 0; s < (forward ? 14 : 8) + random.nextInt(10); s++) {
            Instant at = minute(s * 4 + 1);
            out.add(fact(matchId, "sprint-" + player + "-" + s, FactType.SPRINT, at, club, player, null,
                    new FactDetails.Sprint(at, at.plusSeconds(3), 7 + random.nextDouble() * (top - 7), 25.0)));
        }
    }

    private Instant minute(int m) {
        return kickOff.plus(Duration.ofMinutes(m < 45 ? m : m + 17));
    }

    private MatchFact fact(String matchId, String id, FactType type, Instant at, String team, String player,
                           String possession, FactDetails details) {
        return new MatchFact(matchId + "-" + id, 1, type, false, "BL1", season, matchday, matchId, at, null,
                null, possession, team, player, details);
    }

    private static String player(String club, int n) {
        return club.substring(0, 3).toUpperCase() + "-" + n;
    }
}
