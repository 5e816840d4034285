package skill.core.standings;

import skill.core.skills.PlayerMatchLine;
import skill.core.skills.SeasonTotals;
import skill.core.skills.SkillModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks a season (contract §3): sums each player's match lines, derives the skill's metrics, scores
 * the players with at least {@code minMinutes}, and orders them by score (higher first), then
 * minutes played (fewer first), then playerId. Published numbers are rounded, and the order is
 * taken on the rounded score so that what a fan sees is consistent with the ranks.
 */
public record StandingsCalculator(SkillModel model, ScoreFormula formula, long minMinutes) {

    private static final Comparator<Candidate> RANK_ORDER = Comparator
            .comparingDouble((Candidate c) -> -c.score)
            .thenComparingLong(c -> c.seconds)
            .thenComparing(c -> c.playerId);

    /** @param linesByPlayer every line of the season, grouped by player; each group in any order */
    public Standings standings(String season, Map<String, ? extends Collection<PlayerMatchLine>> linesByPlayer) {
        return standings(season, Integer.MAX_VALUE, linesByPlayer);
    }

    /** The standings as they were after matchday {@code asOf}: only lines of matchdays up to it count. */
    public Standings standings(String season, int asOf, Map<String, ? extends Collection<PlayerMatchLine>> linesByPlayer) {
        List<Candidate> eligible = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        int asOfMatchday = 0;
        Instant updatedAt = null;
        for (var entry : new TreeMap<>(linesByPlayer).entrySet()) {
            List<PlayerMatchLine> lines = entry.getValue().stream().filter(l -> l.matchday() <= asOf)
                    .sorted(Comparator.comparing(PlayerMatchLine::matchId)).toList();
            if (lines.isEmpty()) {
                continue;
            }
            Candidate c = candidate(entry.getKey(), lines);
            (c.seconds >= minMinutes * 60 ? eligible : others).add(c);
            for (PlayerMatchLine l : lines) {
                asOfMatchday = Math.max(asOfMatchday, l.matchday());
                updatedAt = updatedAt == null || l.updatedAt().isAfter(updatedAt) ? l.updatedAt() : updatedAt;
            }
        }
        List<Double> scores = formula.scores(eligible.stream().map(c -> c.metrics).toList());
        for (int i = 0; i < eligible.size(); i++) {
            eligible.get(i).score = round(scores.get(i), 4);
        }
        eligible.sort(RANK_ORDER);
        List<StandingEntry> entries = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            entries.add(eligible.get(i).entry(i + 1));
        }
        others.forEach(c -> entries.add(c.entry(null)));
        return new Standings(season, model.skill(), asOfMatchday, updatedAt, eligible.size(), entries);
    }

    private Candidate candidate(String playerId, List<PlayerMatchLine> lines) {
        // The latest match names the player's current club and spelling.
        PlayerMatchLine latest = lines.stream()
                .max(Comparator.comparingInt(PlayerMatchLine::matchday).thenComparing(PlayerMatchLine::matchId))
                .orElseThrow();
        String name = lines.stream().map(PlayerMatchLine::playerName).filter(n -> n != null)
                .reduce((a, b) -> b).orElse(null);
        SeasonTotals season = SeasonTotals.of(lines);
        Map<String, Double> metrics = new LinkedHashMap<>();
        model.metrics(season).forEach((k, v) -> metrics.put(k, v == null ? null : round(v, 3)));
        return new Candidate(playerId, latest.playerName() != null ? latest.playerName() : name,
                latest.teamId(), season.secondsPlayed(), metrics);
    }

    static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor + 0.0;
    }

    private static final class Candidate {
        final String playerId;
        final String name;
        final String teamId;
        final long seconds;
        final Map<String, Double> metrics;
        double score;

        Candidate(String playerId, String name, String teamId, long seconds, Map<String, Double> metrics) {
            this.playerId = playerId;
            this.name = name;
            this.teamId = teamId;
            this.seconds = seconds;
            this.metrics = EntryMetrics.of(metrics); // once per player, not per entry made from it
        }

        StandingEntry entry(Integer rank) {
            return new StandingEntry(rank, playerId, name, teamId, rank == null ? null : score, seconds / 60,
                    rank != null, metrics);
        }
    }
}
