package skill.api.readmodel;

import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** An immutable snapshot of one season: the latest standings per skill and the player index built from them. */
public record SeasonView(String season, Map<Skill, Standings> standings, Map<String, PlayerView> players) {

    public SeasonView {
        standings = Map.copyOf(standings);
        players = Map.copyOf(players);
    }

    public static SeasonView of(String season, Map<Skill, Standings> standings) {
        return new SeasonView(season, standings, index(standings));
    }

    public SeasonView with(Standings latest) {
        Map<Skill, Standings> next = new EnumMap<>(Skill.class);
        next.putAll(standings);
        next.put(latest.skill(), latest);
        return of(season, next);
    }

    public SeasonView without(Skill skill) {
        Map<Skill, Standings> next = new EnumMap<>(Skill.class);
        next.putAll(standings);
        next.remove(skill);
        return of(season, next);
    }

    public boolean isEmpty() {
        return standings.isEmpty();
    }

    private static Map<String, PlayerView> index(Map<Skill, Standings> standings) {
        Map<String, StandingEntry> newest = new HashMap<>();
        Map<String, Map<Skill, StandingEntry>> bySkill = new HashMap<>();
        // Oldest first, so the newest standings name the player's club, spelling and minutes.
        standings.values().stream()
                .sorted(Comparator.comparing(Standings::updatedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
                .forEach(s -> s.entries().forEach(e -> {
                    newest.put(e.playerId(), e);
                    bySkill.computeIfAbsent(e.playerId(), id -> new EnumMap<>(Skill.class)).put(s.skill(), e);
                }));
        Map<String, PlayerView> players = new HashMap<>();
        newest.forEach((id, e) -> players.put(id,
                new PlayerView(id, e.playerName(), e.teamId(), e.minutesPlayed(), bySkill.get(id))));
        return players;
    }
}
