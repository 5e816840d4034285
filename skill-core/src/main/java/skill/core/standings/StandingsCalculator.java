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
 * Ranks a competition's season (contract §3): sums each player's match lines, derives the skill's
 * metrics, scores the players with at least {@code minMinutes} and the skill's data
 * ({@link SkillModel#hasData}), and orders them by score (higher first), then exact time played
 * (less first), then playerId. Published numbers are rounded, and the order is
 * taken on the rounded score so that what a fan sees is consistent with the ranks.
 */
public record StandingsCalculator(SkillModel model, ScoreFormula formula, long minMinutes) {

    private static final Comparator<Candidate> RANK_ORDER = Comparator
            .comparingDouble((Candidate c) -> -c.score)
            .thenComparingLong(c -> c.millis)
            .thenComparing(c -> c.playerId);

    /** @param linesByPlayer every line of the competition's season, grouped by player; each group in any order */
    public Standings standings(String competition, String season,
                               Map<String, ? extends Collection<PlayerMatchLine>> linesByPlayer) {
        return standings(competition, season, Integer.MAX_VALUE, linesByPlayer);
    }

    /** The standings as they were after matchday {@code asOf}: only lines of matchdays up to it count. */
    public Standings standings(String competition, String season, int asOf,
                               Map<String, ? extends Collection<PlayerMatchLine>> linesByPlayer) {
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
            (c.millis >= minMinutes * 60_000 && c.hasData ? eligible : others).add(c);
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
        return new Standings(competition, season, model.skill(), asOfMatchday, updatedAt, eligible.size(), entries);
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
                latest.teamId(), latest.teamName(), season.millisPlayed(), model.hasData(season), metrics);
    }

    static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor + 0.0;
    }

    private static final class Candidate {
        final String playerId;
        final String name;
        final String teamId;
        final String teamName;
        final long millis;
        final boolean hasData;
        final Map<String, Double> metrics;
        double score;

        Candidate(String playerId, String name, String teamId, String teamName, long millis, boolean hasData,
                  Map<String, Double> metrics) {
            this.playerId = playerId;
            this.name = name;
            this.teamId = teamId;
            this.teamName = teamName;
            this.millis = millis;
            this.hasData = hasData;
            this.metrics = EntryMetrics.of(metrics); // once per player, not per entry made from it
        }

        StandingEntry entry(Integer rank) {
            // Whole minutes shown are the exact total rounded down (contract §3: 97:00.009 shows 97).
            return new StandingEntry(rank, playerId, name, teamId, teamName, rank == null ? null : score, millis / 60_000,
                    rank != null, metrics);
        }
    }
}
