package skill.api.readmodel;

import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * One player of a competition's season across the skills that list them: what he did there only.
 * Name, club and minutes come from the most recently updated standings, as a skill's calculator may
 * briefly lag behind the others.
 *
 * @param searchName the name as a search matches it (see {@link #searchable})
 * @param rendered   the responses rendered from this snapshot of the player
 */
public record PlayerView(String playerId, String playerName, String teamId, String teamName, long minutesPlayed,
                         Map<Skill, StandingEntry> skills, String searchName, Memo rendered) {

    public PlayerView {
        skills = Map.copyOf(skills);
    }

    public PlayerView(String playerId, String playerName, String teamId, String teamName, long minutesPlayed,
                      Map<Skill, StandingEntry> skills) {
        this(playerId, playerName, teamId, teamName, minutesPlayed, skills, searchable(playerName), new Memo());
    }

    /** Lower case without accents, so "muller" finds Müller and "odegaard" finds Ødegaard. */
    public static String searchable(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("ø", "o").replace("ß", "ss").replace("æ", "ae")
                .replace("ł", "l").replace("đ", "d");
    }
}
