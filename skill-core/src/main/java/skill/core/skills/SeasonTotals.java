package skill.core.skills;

import java.util.List;
import java.util.OptionalDouble;

/** A player's match lines of one season, summed or otherwise combined by the metric that needs them. */
public record SeasonTotals(List<PlayerMatchLine> lines, long millisPlayed) {

    public static SeasonTotals of(List<PlayerMatchLine> lines) {
        return new SeasonTotals(List.copyOf(lines), lines.stream().mapToLong(PlayerMatchLine::millisPlayed).sum());
    }

    /** The sum over the matches, in the given (deterministic) order of lines. */
    public double sum(String count) {
        double total = 0;
        for (PlayerMatchLine l : lines) {
            total += l.counts().getOrDefault(count, 0.0);
        }
        return total;
    }

    /** The highest value of a match, if any match has one. */
    public OptionalDouble max(String count) {
        return values(count).max();
    }

    /** The mean over the matches that have a value. */
    public OptionalDouble mean(String count) {
        return values(count).average();
    }

    /** Per 90 minutes of the exact time played (contract §3). */
    public double per90(double value) {
        return millisPlayed == 0 ? 0 : value * 90 * 60_000 / millisPlayed;
    }

    /** Whether any match has a value of {@code count}, e.g. a top speed from tracking. */
    public boolean has(String count) {
        return values(count).findAny().isPresent();
    }

    private java.util.stream.DoubleStream values(String count) {
        return lines.stream().filter(l -> l.counts().containsKey(count)).mapToDouble(l -> l.counts().get(count));
    }
}
