package skill.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * One tracking frame on {@code match-positions} (contract §2): every tracked object's position in
 * metres at time {@code t}, and its speed in m/s where the provider sends one. {@code competition} is
 * optional (null: the deployment's default, as for facts) and left out of the JSON when null.
 */
public record PositionFrame(String matchId, @JsonInclude(JsonInclude.Include.NON_NULL) String competition,
                            String season, int matchday, int period, long frame, Instant t,
                            List<TrackedObject> objects) {

    public PositionFrame {
        objects = objects == null ? List.of() : List.copyOf(objects);
    }

    /** A player (or, with {@code ball} true, the ball); {@code speed} is null when not sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrackedObject(String playerId, String teamId, double x, double y, Double speed, Boolean ball) {
        /** Not a bean getter: Jackson would take it for the {@code ball} field. */
        public boolean representsBall() {
            return Boolean.TRUE.equals(ball);
        }
    }
}
