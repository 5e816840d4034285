package skill.api.readmodel;

import skill.core.standings.Standings;

/** Standings as the API serves them: the snapshot and the pages rendered from it so far. */
public record ServedStandings(Standings standings, Memo pages) {

    public ServedStandings(Standings standings) {
        this(standings, new Memo());
    }
}
