package skill.core.xpass;

import skill.core.model.SetPiece;
import skill.core.xpass.PassFeatures.BodyPart;
import skill.core.xpass.PassFeatures.Height;
import skill.core.xpass.PassFeatures.LengthBand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The terms of the logistic regression, by the names the coefficients resource uses. Each term is a number
 * computed from {@link PassFeatures}, or null where the source lacks what it needs; distances are scaled
 * to about one so that one L2 penalty suits all terms.
 */
public final class PassTerms {
    private static final double LENGTH_SCALE = 30;
    /** Passes under 10 m fail more often than the length trend says (lay-offs into a blocking player). */
    private static final double VERY_SHORT = 10;
    /** The penalty area: 16.5 m deep, 40.32 m wide. */
    private static final double BOX_DEPTH = 16.5;
    private static final double BOX_HALF_WIDTH = 20.16;
    private static final Map<String, Function<PassFeatures, Double>> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("intercept", f -> 1.0);
        TERMS.put("startX", f -> scaled(f.startX(), PassFeatures.PITCH_LENGTH));
        TERMS.put("startX2", f -> squared(scaled(f.startX(), PassFeatures.PITCH_LENGTH)));
        TERMS.put("startWide", f -> wide(f.startY()));
        TERMS.put("forward", f -> f.angle() == null ? null : Math.cos(f.angle()));
        TERMS.put("forward2", f -> f.angle() == null ? null : squared(Math.cos(f.angle())));
        TERMS.put("length", f -> scaled(f.length(), LENGTH_SCALE));
        TERMS.put("length2", f -> squared(scaled(f.length(), LENGTH_SCALE)));
        TERMS.put("underTen", f -> f.length() == null ? null : Math.max(0, VERY_SHORT - f.length()) / VERY_SHORT);
        TERMS.put("bandMedium", f -> f.band() == null ? null : flag(f.band() == LengthBand.MEDIUM));
        TERMS.put("bandLong", f -> f.band() == null ? null : flag(f.band() == LengthBand.LONG));
        TERMS.put("endX", f -> scaled(f.endX(), PassFeatures.PITCH_LENGTH));
        TERMS.put("endX2", f -> squared(scaled(f.endX(), PassFeatures.PITCH_LENGTH)));
        TERMS.put("endWide", f -> wide(f.endY()));
        TERMS.put("endInBox", f -> f.endX() == null || f.endY() == null ? null
                : flag(f.endX() >= PassFeatures.PITCH_LENGTH - BOX_DEPTH
                && Math.abs(f.endY() - PassFeatures.PITCH_WIDTH / 2) <= BOX_HALF_WIDTH));
        TERMS.put("lifted", f -> f.height() == null ? null : flag(f.height() != Height.GROUND));
        TERMS.put("low", f -> graded(f) ? flag(f.height() == Height.LOW) : null);
        TERMS.put("high", f -> graded(f) ? flag(f.height() == Height.HIGH) : null);
        TERMS.put("highLength", f -> graded(f) && f.length() != null
                ? flag(f.height() == Height.HIGH) * f.length() / LENGTH_SCALE : null);
        TERMS.put("head", f -> f.bodyPart() == null ? null : flag(f.bodyPart() == BodyPart.HEAD));
        TERMS.put("hands", f -> f.bodyPart() == null ? null : flag(f.bodyPart() == BodyPart.HANDS));
        TERMS.put("otherBodyPart", f -> f.bodyPart() == null ? null : flag(f.bodyPart() == BodyPart.OTHER));
        TERMS.put("underPressure", f -> f.underPressure() == null ? null : flag(f.underPressure()));
        TERMS.put("freeKick", f -> flag(f.setPiece() == SetPiece.FREE_KICK));
        TERMS.put("corner", f -> flag(f.setPiece() == SetPiece.CORNER));
        TERMS.put("throwIn", f -> flag(f.setPiece() == SetPiece.THROW_IN));
        TERMS.put("goalKick", f -> flag(f.setPiece() == SetPiece.GOAL_KICK));
        TERMS.put("kickOff", f -> flag(f.setPiece() == SetPiece.KICK_OFF));
        TERMS.put("cross", f -> flag(f.cross()));
    }

    private PassTerms() {
    }

    public static Set<String> names() {
        return TERMS.keySet();
    }

    /** The terms' values in the given order, or null when the features lack what one of them needs. */
    public static double[] values(List<String> terms, PassFeatures features) {
        double[] out = new double[terms.size()];
        for (int i = 0; i < out.length; i++) {
            Function<PassFeatures, Double> term = TERMS.get(terms.get(i));
            if (term == null) {
                throw new IllegalArgumentException("Unknown xPass term " + terms.get(i) + "; known: " + names());
            }
            Double v = term.apply(features);
            if (v == null) {
                return null;
            }
            out[i] = v;
        }
        return out;
    }

    private static Double scaled(Double v, double scale) {
        return v == null ? null : v / scale;
    }

    private static Double squared(Double v) {
        return v == null ? null : v * v;
    }

    /** Distance from the pitch's long middle line, 0 (central) to 1 (touchline). */
    private static Double wide(Double y) {
        return y == null ? null : Math.abs(y - PassFeatures.PITCH_WIDTH / 2) / (PassFeatures.PITCH_WIDTH / 2);
    }

    /** The height in StatsBomb's three grades (not DFL's lifted-or-not). */
    private static boolean graded(PassFeatures f) {
        return f.height() != null && f.height() != Height.LIFTED;
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
