package skill.api.readmodel;

import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of one competition's season: the latest standings per skill, the player index
 * built from them, and the players in name order for search.
 */
public record SeasonView(String competition, String season, Map<Skill, ServedStandings> standings,
                         Map<String, PlayerView> players, List<PlayerView> byName) {

    private static final Comparator<PlayerView> NAME_ORDER = Comparator.comparing(PlayerView::searchName)
            .thenComparing(PlayerView::playerId);

    public SeasonView {
        standings = Map.copyOf(standings);
        players = Map.copyOf(players);
        byName = List.copyOf(byName);
    }

    public static SeasonView of(String competition, String season, Map<Skill, ServedStandings> standings) {
        Map<String, PlayerView> players = index(standings);
        return new SeasonView(competition, season, standings, players,
                players.values().stream().sorted(NAME_ORDER).toList());
    }

    public SeasonView with(Standings latest) {
        Map<Skill, ServedStandings> next = new EnumMap<>(Skill.class);
        next.putAll(standings);
        next.put(latest.skill(), new ServedStandings(latest));
        return of(competition, season, next);
    }

    public SeasonView without(Skill skill) {
        Map<Skill, ServedStandings> next = new EnumMap<>(Skill.class);
        next.putAll(standings);
        next.remove(skill);
        return of(competition, season, next);
    }

    public boolean isEmpty() {
        return standings.isEmpty();
    }

    /** The latest matchday any skill's standings count. */
    public int asOfMatchday() {
        return standings.values().stream().mapToInt(s -> s.standings().asOfMatchday()).max().orElse(0);
    }

    public Instant updatedAt() {
        return standings.values().stream().map(s -> s.standings().updatedAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Map<String, PlayerView> index(Map<Skill, ServedStandings> standings) {
        Map<String, StandingEntry> newest = new HashMap<>();
        Map<String, Map<Skill, StandingEntry>> bySkill = new HashMap<>();
        // Oldest first, so the newest standings name the player's club, spelling and minutes.
        standings.values().stream().map(ServedStandings::standings)
                .sorted(Comparator.comparing(Standings::updatedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
                .forEach(s -> s.entries().forEach(e -> {
                    newest.put(e.playerId(), e);
                    bySkill.computeIfAbsent(e.playerId(), id -> new EnumMap<>(Skill.class)).put(s.skill(), e);
                }));
        Map<String, PlayerView> players = new HashMap<>();
        newest.forEach((id, e) -> players.put(id,
                new PlayerView(id, e.playerName(), e.teamId(), e.teamName(), e.minutesPlayed(), bySkill.get(id))));
        return players;
    }
}
