package skill.calculators.streams;

import skill.core.skills.Skill;

import java.time.Duration;

/**
 * Receives, at each recomputation of a skill's season, how long ago the earliest fact it reflects
 * was published: the fact-to-ranking latency the service exports as a histogram per skill.
 */
@FunctionalInterface
public interface FactToRanking {
    FactToRanking IGNORED = (skill, latency) -> { };

    void record(Skill skill, Duration latency);
}
