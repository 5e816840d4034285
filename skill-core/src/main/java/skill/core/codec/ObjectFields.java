package skill.core.codec;

import skill.core.model.PositionFrame.TrackedObject;

/** A tracked object's fields as both frame readers fill them, with the defaults of absent ones. */
final class ObjectFields {
    String playerId;
    String teamId;
    double x;
    double y;
    Double speed;
    Boolean ball;

    TrackedObject build() {
        return new TrackedObject(playerId, teamId, x, y, speed, ball);
    }
}
