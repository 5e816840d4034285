package skill.importer.statsbomb;

import com.fasterxml.jackson.databind.JsonNode;
import skill.core.model.SetPiece;
import skill.core.xpass.PassFeatures;
import skill.core.xpass.PassFeatures.BodyPart;
import skill.core.xpass.PassFeatures.Height;

import java.util.Map;

/**
 * What a StatsBomb Pass tells the xPass model. StatsBomb's pitch is 120 × 80 units with every event seen
 * from the acting team attacking towards x = 120; we scale it to 105 × 68 m.
 */
final class SbPassFeatures {
    /** pass.type; Recovery, Interception and no type are open play. */
    private static final Map<String, SetPiece> PASS_TYPES = Map.of("Throw-in", SetPiece.THROW_IN,
            "Free Kick", SetPiece.FREE_KICK, "Goal Kick", SetPiece.GOAL_KICK, "Corner", SetPiece.CORNER,
            "Kick Off", SetPiece.KICK_OFF);
    private static final Map<String, Height> HEIGHTS = Map.of("Ground Pass", Height.GROUND,
            "Low Pass", Height.LOW, "High Pass", Height.HIGH);
    /** Other, No Touch and no body part (most throw-ins) are OTHER. */
    private static final Map<String, BodyPart> BODY_PARTS = Map.of("Right Foot", BodyPart.FOOT,
            "Left Foot", BodyPart.FOOT, "Drop Kick", BodyPart.FOOT, "Head", BodyPart.HEAD,
            "Keeper Arm", BodyPart.HANDS);
    private static final double X_SCALE = PassFeatures.PITCH_LENGTH / 120;
    private static final double Y_SCALE = PassFeatures.PITCH_WIDTH / 80;

    private SbPassFeatures() {
    }

    static SetPiece setPiece(JsonNode pass) {
        return PASS_TYPES.getOrDefault(String.valueOf(SbJson.name(pass, "type")), SetPiece.OPEN_PLAY);
    }

    static boolean cross(JsonNode pass) {
        return pass.path("cross").asBoolean(false);
    }

    static PassFeatures of(JsonNode event) {
        JsonNode pass = event.path("pass");
        double[] start = metres(event.path("location"));
        double[] end = metres(pass.path("end_location"));
        Double length = null;
        Double angle = null;
        if (start != null && end != null) {
            length = Math.hypot(end[0] - start[0], end[1] - start[1]);
            angle = Math.atan2(end[1] - start[1], end[0] - start[0]);
        }
        return new PassFeatures(start == null ? null : start[0], start == null ? null : start[1],
                end == null ? null : end[0], end == null ? null : end[1], length, null, angle,
                HEIGHTS.get(String.valueOf(SbJson.name(pass, "height"))),
                BODY_PARTS.getOrDefault(String.valueOf(SbJson.name(pass, "body_part")), BodyPart.OTHER),
                event.path("under_pressure").asBoolean(false), setPiece(pass), cross(pass));
    }

    /** [x, y] in metres, or null where the location is absent or not two numbers. */
    private static double[] metres(JsonNode location) {
        if (!location.isArray() || location.size() < 2 || !location.get(0).isNumber() || !location.get(1).isNumber()) {
            return null;
        }
        return new double[]{location.get(0).asDouble() * X_SCALE, location.get(1).asDouble() * Y_SCALE};
    }
}
