package skill.core.skills;

import java.util.Arrays;
import java.util.Optional;

/** The four skills. {@link #name()} is the topic form (FINISHER), {@link #path()} the REST form (finisher). */
public enum Skill {
    INITIATOR("initiator"), FINISHER("finisher"), SPRINTER("sprinter"), BALL_WINNER("ball-winner");

    private final String path;

    Skill(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<Skill> fromPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }

    /** The key of this skill's messages on skill-rankings and skill-standings: {competition}|{season}|{SKILL} ({@link RankingKey}). */
    public String rankingKey(String competition, String season) {
        return RankingKey.current(competition, season, this).key();
    }
}
