package skill.importer.synthetic;

import skill.core.model.FactDetails.BallWin;
import skill.core.model.FactDetails.Duel;
import skill.core.model.FactDetails.Pass;
import skill.core.model.FactDetails.Shot;
import skill.core.model.FactType;
import skill.core.model.MatchFact;
import skill.core.model.SetPiece;
import skill.importer.synthetic.League.Player;
import skill.importer.synthetic.League.Position;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * One period played possession by possession: passes with xPass (completed with that probability),
 * duels, interceptions and recoveries, shots with xG (scored with xG times the shooter's finishing),
 * and the restart each ending leads to. Rates are tuned to a Bundesliga match (docs/importers.md).
 */
final class PeriodPlay {
    private final MatchLog log;
    private final SplittableRandom random;
    private final Personnel personnel;
    private final int period;
    private final Instant end;
    private Instant t;
    private int possessions;

    /** Who has the ball next, and how play restarts. */
    private record Restart(Pitch team, Player holder, SetPiece setPiece) {
    }

    PeriodPlay(MatchLog log, SplittableRandom random, Personnel personnel, int period, Instant start, Instant end) {
        this.log = log;
        this.random = random;
        this.personnel = personnel;
        this.period = period;
        this.t = start;
        this.end = end;
    }

    void play(Pitch kickingOff, Pitch other) {
        Restart next = new Restart(kickingOff, kickingOff.pick(random, p -> p.position() == Position.FW ? 1 : 0),
                SetPiece.KICK_OFF);
        while (t.isBefore(end)) {
            personnel.due(t, period);
            Pitch opponent = next.team() == kickingOff ? other : kickingOff;
            Player holder = next.team().onPitch().contains(next.holder()) ? next.holder()
                    : next.team().pick(random, this::touches);
            next = possession(next.team(), opponent, holder, next.setPiece());
        }
    }

    private Restart possession(Pitch team, Pitch opponent, Player holder, SetPiece start) {
        String possession = log.envelope().matchId() + "/p" + period + "-" + (++possessions);
        if (start == SetPiece.OPEN_PLAY && random.nextDouble() < 0.0016) {
            return shot(team, opponent, striker(team), possession, SetPiece.PENALTY, null, false);
        }
        if (random.nextDouble() < 0.0004) {
            return ownGoal(team, opponent);
        }
        MatchFact lastPass = null;
        SetPiece setPiece = start;
        for (int touch = 0; t.isBefore(end); touch++) {
            if (touch > 0 && random.nextDouble() < shotChance(holder, team, opponent, lastPass)) {
                boolean header = lastPass != null && lastPass.detailsAs(Pass.class).kind() == Pass.Kind.CROSS;
                return shot(team, opponent, holder, possession, SetPiece.OPEN_PLAY, lastPass, header);
            }
            if (touch > 0 && random.nextDouble() < 0.22) {
                Restart afterDuel = duel(team, opponent, holder, possession);
                if (afterDuel != null) {
                    return afterDuel;
                }
            }
            Player passer = holder;
            Player receiver = Pitch.weighted(team.onPitch().stream().filter(p -> p != passer).toList(),
                    this::touches, random);
            Pass.Kind kind = setPiece == SetPiece.CORNER || (setPiece == SetPiece.OPEN_PLAY
                    && holder.position() != Position.GK && random.nextDouble() < 0.04) ? Pass.Kind.CROSS : Pass.Kind.PASS;
            double xPass = xPass(kind, setPiece, holder);
            boolean completed = random.nextDouble() < xPass;
            MatchFact pass = log.action(t, period, FactType.PASS, team.club().id(), holder.id(), possession,
                    new Pass(receiver.id(), completed, xPass, kind, setPiece));
            advance(1.2, 1.9);
            if (!completed) {
                return turnover(team, opponent, receiver, possession, kind);
            }
            holder = receiver;
            lastPass = pass;
            setPiece = SetPiece.OPEN_PLAY;
        }
        return new Restart(opponent, null, SetPiece.KICK_OFF);
    }

    /** The ball carrier challenged: the defender wins it, or the carrier goes past (sometimes fouled). */
    private Restart duel(Pitch team, Pitch opponent, Player holder, String possession) {
        Player defender = opponent.pick(random, p -> switch (p.position()) {
            case GK -> 0.0;
            case DF -> 1.4;
            case MF -> 1.2;
            case FW -> 0.5;
        });
        Duel.Type type = random.nextDouble() < 0.3 ? Duel.Type.AERIAL : Duel.Type.GROUND;
        boolean defenderWins = random.nextDouble() < 0.5 * defender.tackling() / (0.5 * defender.tackling()
                + 0.5 * holder.creativity());
        Player winner = defenderWins ? defender : holder;
        Player loser = defenderWins ? holder : defender;
        log.action(t, period, FactType.DUEL, null, null, possession, new Duel(type, winner.id(),
                defenderWins ? opponent.club().id() : team.club().id(),
                defenderWins ? Duel.Role.WITHOUT_BALL : Duel.Role.WITH_BALL, loser.id(),
                defenderWins ? team.club().id() : opponent.club().id(),
                defenderWins ? Duel.Role.WITH_BALL : Duel.Role.WITHOUT_BALL));
        advance(1, 1.5);
        if (defenderWins) {
            return new Restart(opponent, defender, SetPiece.OPEN_PLAY);
        }
        if (random.nextDouble() < 0.2) {
            advance(12, 15);
            return new Restart(team, holder, SetPiece.FREE_KICK);
        }
        return null;
    }

    /** An incomplete pass: intercepted, lost in the air, out of play, or a loose ball someone recovers. */
    private Restart turnover(Pitch team, Pitch opponent, Player receiver, String possession, Pass.Kind kind) {
        double x = random.nextDouble();
        Player taker = opponent.pick(random, this::defending);
        if (x < 0.3) {
            log.action(t, period, FactType.BALL_WIN, opponent.club().id(), taker.id(), null,
                    new BallWin(BallWin.Method.INTERCEPTION));
            advance(0.5, 1);
            return new Restart(opponent, taker, SetPiece.OPEN_PLAY);
        }
        if (x < 0.45) {
            Duel aerial = new Duel(Duel.Type.AERIAL, taker.id(), opponent.club().id(), Duel.Role.WITHOUT_BALL,
                    receiver.id(), team.club().id(), Duel.Role.WITH_BALL);
            log.action(t, period, FactType.DUEL, null, null, possession, aerial);
            advance(1, 1);
            return new Restart(opponent, taker, SetPiece.OPEN_PLAY);
        }
        if (x < 0.75) {
            advance(10, 10);
            return kind == Pass.Kind.CROSS ? goalKick(opponent) : new Restart(opponent, null, SetPiece.THROW_IN);
        }
        log.action(t, period, FactType.BALL_WIN, opponent.club().id(), taker.id(), null,
                new BallWin(BallWin.Method.RECOVERY));
        advance(0.5, 1);
        return new Restart(opponent, taker, SetPiece.OPEN_PLAY);
    }

    private Restart shot(Pitch team, Pitch opponent, Player shooter, String possession, SetPiece setPiece,
                         MatchFact assist, boolean header) {
        double xG = setPiece == SetPiece.PENALTY ? 0.76
                : Math.min(0.9, Math.max(0.01, Math.exp((header ? -2.8 : -2.55) + 0.9 * gaussian())));
        xG = Math.round(xG * 1000) / 1000.0;
        Shot.Outcome outcome;
        if (random.nextDouble() < Math.min(0.97, xG * shooter.finishing())) {
            outcome = Shot.Outcome.GOAL;
        } else {
            double x = random.nextDouble();
            outcome = x < 0.3 ? Shot.Outcome.BLOCKED : x < 0.62 ? Shot.Outcome.SAVED : x < 0.97 ? Shot.Outcome.WIDE
                    : Shot.Outcome.WOODWORK;
        }
        log.action(t, period, FactType.SHOT, team.club().id(), shooter.id(), possession,
                new Shot(xG, outcome, setPiece, false, assist == null ? null : assist.factId()));
        return afterShot(team, opponent, outcome);
    }

    private Restart ownGoal(Pitch team, Pitch opponent) {
        Player unlucky = opponent.pick(random, p -> p.position() == Position.DF ? 1 : 0.2);
        log.action(t, period, FactType.SHOT, opponent.club().id(), unlucky.id(), null,
                new Shot(0, Shot.Outcome.GOAL, SetPiece.OPEN_PLAY, true, null));
        return afterShot(team, opponent, Shot.Outcome.GOAL);
    }

    private Restart afterShot(Pitch team, Pitch opponent, Shot.Outcome outcome) {
        double x = random.nextDouble();
        return switch (outcome) {
            case GOAL -> {
                advance(60, 30);
                yield new Restart(opponent, opponent.pick(random, p -> p.position() == Position.FW ? 1 : 0),
                        SetPiece.KICK_OFF);
            }
            case SAVED, BLOCKED -> {
                advance(2, 2);
                if (x < 0.35) {
                    advance(20, 15);
                    yield new Restart(team, null, SetPiece.CORNER);
                }
                // A keeper holding the ball is DFL's BallHeld; a blocked shot's rebound is recovered.
                boolean held = outcome == Shot.Outcome.SAVED;
                Player taker = opponent.pick(random, held ? p -> p.position() == Position.GK ? 1 : 0 : this::defending);
                log.action(t, period, FactType.BALL_WIN, opponent.club().id(), taker.id(), null,
                        new BallWin(held ? BallWin.Method.OTHER : BallWin.Method.RECOVERY));
                yield new Restart(opponent, taker, SetPiece.OPEN_PLAY);
            }
            default -> {
                advance(15, 15);
                yield goalKick(opponent);
            }
        };
    }

    private Restart goalKick(Pitch team) {
        return new Restart(team, team.pick(random, p -> p.position() == Position.GK ? 1 : 0), SetPiece.GOAL_KICK);
    }

    private double shotChance(Player holder, Pitch team, Pitch opponent, MatchFact lastPass) {
        double base = switch (holder.position()) {
            case GK -> 0;
            case DF -> 0.007;
            case MF -> 0.025;
            case FW -> 0.062;
        };
        boolean cross = lastPass != null && lastPass.detailsAs(Pass.class).kind() == Pass.Kind.CROSS;
        return (cross ? 0.3 : base) * team.club().strength() / opponent.club().strength();
    }

    private double xPass(Pass.Kind kind, SetPiece setPiece, Player passer) {
        double x = switch (setPiece) {
            case KICK_OFF -> 0.97;
            case THROW_IN -> 0.8 + 0.15 * random.nextDouble();
            case GOAL_KICK -> 0.35 + 0.5 * random.nextDouble();
            default -> kind == Pass.Kind.CROSS ? 0.12 + 0.35 * random.nextDouble()
                    : 0.985 - 0.6 * Math.pow(random.nextDouble(), 2.5) / Math.sqrt(passer.creativity());
        };
        return Math.round(Math.min(0.99, Math.max(0.02, x)) * 1000) / 1000.0;
    }

    /** How often a player gets the ball: midfielders most, goalkeepers least; creative players more. */
    private double touches(Player p) {
        double base = switch (p.position()) {
            case GK -> 0.3;
            case DF -> 1.0;
            case MF -> 1.3;
            case FW -> 0.9;
        };
        return base * p.creativity();
    }

    private double defending(Player p) {
        double base = switch (p.position()) {
            case GK -> 0.15;
            case DF -> 1.4;
            case MF -> 1.1;
            case FW -> 0.4;
        };
        return base * p.tackling();
    }

    private Player striker(Pitch team) {
        return team.pick(random, p -> p.position() == Position.FW ? p.finishing() * p.finishing() : 0.01);
    }

    /** Moves the clock by at least {@code min} seconds plus an exponential wait of mean {@code mean}. */
    private void advance(double min, double mean) {
        double seconds = min - mean * Math.log(1 - random.nextDouble());
        t = t.plus(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private double gaussian() {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
