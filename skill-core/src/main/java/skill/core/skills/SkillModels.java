package skill.core.skills;

import java.util.List;
import java.util.Optional;

/** The model of every skill, in the order of {@link Skill}. */
public final class SkillModels {
    private static final List<SkillModel> ALL = List.of(
            new InitiatorModel(),
            new FinisherModel(),
            new SprinterModel(),
            new BallWinnerModel());

    private SkillModels() {
    }

    public static List<SkillModel> all() {
        return ALL;
    }

    public static Optional<SkillModel> of(Skill skill) {
        return ALL.stream().filter(m -> m.skill() == skill).findFirst();
    }
}
