package skill.core.skills;

import java.util.List;
import java.util.Optional;

/** The model of every skill, in the order of {@link Skill}. */
public final class SkillModels {
    private static final List<SkillModel> ALL = all(InitiatorModel.DEFAULT_DIFFICULT_PASS_THRESHOLD);

    private SkillModels() {
    }

    public static List<SkillModel> all() {
        return ALL;
    }

    /** @param difficultPassThreshold a pass with a lower xPass is difficult (contract §3: configurable) */
    public static List<SkillModel> all(double difficultPassThreshold) {
        return List.of(new InitiatorModel(difficultPassThreshold), new FinisherModel(), new SprinterModel(),
                new BallWinnerModel());
    }

    public static Optional<SkillModel> of(Skill skill) {
        return ALL.stream().filter(m -> m.skill() == skill).findFirst();
    }
}
