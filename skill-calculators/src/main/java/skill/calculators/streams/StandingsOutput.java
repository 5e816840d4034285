package skill.calculators.streams;

import skill.core.Topics;
import skill.core.standings.BadgeEvent;
import skill.core.standings.Ranking;
import skill.core.standings.Standings;

/** Where stage two's messages go: each output type has its own topic. */
final class StandingsOutput {
    private StandingsOutput() {
    }

    static String topicOf(Object value, Topics topics) {
        if (value instanceof Ranking) {
            return topics.skillRankings();
        }
        if (value instanceof BadgeEvent) {
            return topics.skillBadgeEvents();
        }
        if (value instanceof Standings) {
            return topics.skillStandings();
        }
        if (value instanceof StandingsAsOf) {
            return topics.skillStandingsByMatchday();
        }
        throw new IllegalArgumentException("No topic for " + value.getClass());
    }
}
