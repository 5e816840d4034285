package skill.api.readmodel;

import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;

import java.util.Map;

/**
 * One player of a season across the skills that list them. Name, club and minutes come from the
 * most recently updated standings, as a skill's calculator may briefly lag behind the others.
 */
public record PlayerView(String playerId, String playerName, String teamId, long minutesPlayed,
                         Map<Skill, StandingEntry> skills) {

    public PlayerView {
        skills = Map.copyOf(skills);
    }
}
