package skill.core.model;

/** The kinds of match fact in contract §1; each has its own {@link FactDetails}. */
public enum FactType {
    MATCH, LINEUP, SUBSTITUTION, SENDING_OFF, SHOT, PASS, DUEL, BALL_WIN
}
