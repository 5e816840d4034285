package skill.cli.realdata;

import java.util.Map;
import java.util.TreeMap;

/** Per-player totals computed straight from a provider's raw files, independent of the importers. */
public final class RawTotals {
    /** One player's totals; {@code intervals} counts the on-pitch stretches summed into {@code seconds}. */
    public static final class Player {
        public int goals;
        public int shots;
        public double xGoals;
        public double xAssist;
        public double seconds;
        public int intervals;
    }

    private final Map<String, Player> players = new TreeMap<>();

    public Player of(String playerId) {
        return players.computeIfAbsent(playerId, id -> new Player());
    }

    public Map<String, Player> players() {
        return players;
    }

    /** Adds the time a player spent on the pitch within one period, if any. */
    public void onPitch(String playerId, double fromSeconds, double toSeconds) {
        if (toSeconds > fromSeconds) {
            Player p = of(playerId);
            p.seconds += toSeconds - fromSeconds;
            p.intervals++;
        }
    }
}
