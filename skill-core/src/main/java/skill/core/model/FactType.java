package skill.core.model;

/**
 * The kinds of match fact in contract §1, plus the added SPRINT and SPEED_SUMMARY (docs/facts-sprint.md);
 * each has its own {@link FactDetails}.
 */
public enum FactType {
    MATCH, LINEUP, SUBSTITUTION, SENDING_OFF, SHOT, PASS, DUEL, BALL_WIN, SPRINT, SPEED_SUMMARY
}
