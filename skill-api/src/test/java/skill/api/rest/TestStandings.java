package skill.api.rest;

import skill.core.model.MatchFact;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Standings as a calculator publishes them: players P01.. ranked first, then the ineligible ones. */
final class TestStandings {
    static final Instant UPDATED_AT = Instant.parse("2024-03-01T12:00:00Z");

    private TestStandings() {
    }

    /** Of the default competition. */
    static Standings of(String season, Skill skill, int eligible, int others, int matchday) {
        return of(MatchFact.DEFAULT_COMPETITION, season, skill, eligible, others, matchday);
    }

    /** Player Pnn plays for team T{n % 3}, named "Club {n % 3}". */
    static Standings of(String competition, String season, Skill skill, int eligible, int others, int matchday) {
        List<StandingEntry> entries = new ArrayList<>();
        for (int i = 1; i <= eligible; i++) {
            entries.add(new StandingEntry(i, id(i), "Player " + i, "T" + i % 3, "Club " + i % 3, 1.0 - i / 100.0,
                    300 + i, true, Map.of("goals", (double) (eligible - i))));
        }
        for (int i = eligible + 1; i <= eligible + others; i++) {
            entries.add(new StandingEntry(null, id(i), "Player " + i, "T" + i % 3, "Club " + i % 3, null, 100, false,
                    Map.of("goals", 1.0)));
        }
        return new Standings(competition, season, skill, matchday, UPDATED_AT.plusSeconds(matchday), eligible, entries);
    }

    static String id(int i) {
        return String.format("P%02d", i);
    }
}
