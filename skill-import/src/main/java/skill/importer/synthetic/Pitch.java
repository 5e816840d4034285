package skill.importer.synthetic;

import skill.core.model.FactDetails.Lineup.LineupPlayer;
import skill.importer.synthetic.League.Club;
import skill.importer.synthetic.League.Player;
import skill.importer.synthetic.League.Position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One club's matchday squad and who is on the pitch: a 4-3-3 picked by form with some rotation, nine on
 * the bench; substitutions and sending-offs change the players on the pitch as the match goes on.
 */
final class Pitch {
    private static final Map<Position, Integer> STARTING = Map.of(Position.GK, 1, Position.DF, 4, Position.MF, 3,
            Position.FW, 3);
    private static final Map<Position, Integer> BENCH = Map.of(Position.GK, 1, Position.DF, 3, Position.MF, 3,
            Position.FW, 2);

    private final Club club;
    private final List<Player> starters = new ArrayList<>();
    private final List<Player> bench = new ArrayList<>();
    private final List<Player> onPitch = new ArrayList<>();

    Pitch(Club club, SplittableRandom random) {
        this.club = club;
        for (Position position : Position.values()) {
            Map<Player, Double> pick = new HashMap<>();
            club.at(position).forEach(p -> pick.put(p, p.form() + 0.4 * random.nextDouble()));
            List<Player> ordered = club.at(position).stream()
                    .sorted(Comparator.comparing((Player p) -> -pick.get(p)).thenComparing(Player::id)).toList();
            int start = STARTING.get(position);
            starters.addAll(ordered.subList(0, start));
            bench.addAll(ordered.subList(start, start + BENCH.get(position)));
        }
        onPitch.addAll(starters);
    }

    Club club() {
        return club;
    }

    List<Player> onPitch() {
        return onPitch;
    }

    List<LineupPlayer> lineup() {
        List<LineupPlayer> out = new ArrayList<>();
        starters.forEach(p -> out.add(lineupPlayer(p, true)));
        bench.forEach(p -> out.add(lineupPlayer(p, false)));
        return out;
    }

    /** Replaces an outfield player, preferably by one of the same position; null when nobody is left to come on. */
    Player[] substitute(SplittableRandom random) {
        List<Player> outfield = onPitch.stream().filter(p -> p.position() != Position.GK).toList();
        List<Player> available = bench.stream().filter(p -> p.position() != Position.GK).toList();
        if (outfield.isEmpty() || available.isEmpty()) {
            return null;
        }
        // Forwards and midfielders are replaced most often.
        Player out = weighted(outfield, p -> p.position() == Position.DF ? 1.0 : 2.5, random);
        List<Player> same = available.stream().filter(p -> p.position() == out.position()).toList();
        Player in = (same.isEmpty() ? available : same).get(random.nextInt((same.isEmpty() ? available : same).size()));
        bench.remove(in);
        onPitch.set(onPitch.indexOf(out), in);
        return new Player[]{out, in};
    }

    /** Sends an outfield player off; he is not replaced. */
    Player sendOff(SplittableRandom random) {
        List<Player> outfield = onPitch.stream().filter(p -> p.position() != Position.GK).toList();
        Player off = weighted(outfield, p -> p.position() == Position.FW ? 1.0 : 2.0, random);
        onPitch.remove(off);
        return off;
    }

    /** A player on the pitch of the given positions' weights, times his own factor. */
    Player pick(SplittableRandom random, java.util.function.ToDoubleFunction<Player> weight) {
        return weighted(onPitch, weight, random);
    }

    static Player weighted(List<Player> players, java.util.function.ToDoubleFunction<Player> weight,
                           SplittableRandom random) {
        double total = 0;
        for (Player p : players) {
            total += weight.applyAsDouble(p);
        }
        double x = random.nextDouble() * total;
        for (Player p : players) {
            x -= weight.applyAsDouble(p);
            if (x < 0) {
                return p;
            }
        }
        return players.get(players.size() - 1);
    }

    private static LineupPlayer lineupPlayer(Player p, boolean starting) {
        return new LineupPlayer(p.id(), p.name(), p.shirtNumber(), p.position().name(), starting);
    }
}
