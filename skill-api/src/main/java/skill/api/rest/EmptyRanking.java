package skill.api.rest;

import skill.api.readmodel.CompetitionSeason;
import skill.core.skills.Skill;
import skill.core.standings.StandingEntry;
import skill.core.standings.Standings;

/** Why a ranking has no one, so that an empty board explains itself rather than look broken. */
final class EmptyRanking {
    static final String MIN_MINUTES = "No player has played the minimum minutes yet.";

    private EmptyRanking() {
    }

    static String reason(Standings standings) {
        if (standings.skill() == Skill.SPRINTER && standings.entries().stream().noneMatch(EmptyRanking::tracked)) {
            return "No tracking data for " + standings.competition() + " " + standings.season()
                    + ": the sprinter ranks players with tracking only.";
        }
        return MIN_MINUTES;
    }

    static String reason(CompetitionSeason of) {
        return "No standings for " + of + " yet.";
    }

    /** Tracking shows in the sprinter's metrics (contract §3): a top speed, or a sprint. */
    private static boolean tracked(StandingEntry e) {
        if (e.metrics() == null) {
            return false;
        }
        Double topSpeed = e.metrics().get("topSpeedKmh");
        Double sprints = e.metrics().get("sprints");
        return topSpeed != null || sprints != null && sprints > 0;
    }
}
