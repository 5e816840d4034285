package skill.core.model;

/** How the ball came into play for a shot or pass (contract §1); each type allows a subset. */
public enum SetPiece {
    OPEN_PLAY, FREE_KICK, CORNER, PENALTY, THROW_IN, GOAL_KICK, KICK_OFF
}
