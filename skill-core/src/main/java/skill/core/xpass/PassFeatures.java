package skill.core.xpass;

import skill.core.model.SetPiece;

/**
 * What the xPass model may know about a pass, on a 105 × 68 m pitch seen from the passer's team: x runs
 * from its own goal line (0) to the opponent's (105), y from one touchline to the other (which one does
 * not matter: the model only uses the distance from the middle). A null field is one the source does not
 * give; {@link XPassModel} then uses a variant of the model that does without it.
 *
 * @param startX     where the pass was played from, metres from the own goal line
 * @param startY     metres from a touchline
 * @param endX       where it was aimed (StatsBomb's end location), or null
 * @param endY       likewise
 * @param length     metres, or null
 * @param lengthBand the provider's band (DFL), or null to derive it from {@code length}
 * @param angle      direction in radians relative to straight towards the opponent's goal (either sign), or null
 */
public record PassFeatures(Double startX, Double startY, Double endX, Double endY, Double length,
                           LengthBand lengthBand, Double angle, Height height, BodyPart bodyPart,
                           Boolean underPressure, SetPiece setPiece, boolean cross) {
    public static final double PITCH_LENGTH = 105;
    public static final double PITCH_WIDTH = 68;

    public PassFeatures {
        if (setPiece == null) {
            throw new IllegalArgumentException("setPiece is required (OPEN_PLAY for none)");
        }
    }

    /** The ball's flight. LIFTED: off the ground, but the source does not say how high (DFL "high"). */
    public enum Height { GROUND, LOW, HIGH, LIFTED }

    public enum BodyPart { FOOT, HEAD, HANDS, OTHER }

    /** DFL's distance classes; the bounds are our estimate (docs/xpass.md), DFL publishes none with the data. */
    public enum LengthBand {
        SHORT, MEDIUM, LONG;

        static final double MEDIUM_FROM = 15;
        static final double LONG_FROM = 35;

        public static LengthBand of(double metres) {
            return metres < MEDIUM_FROM ? SHORT : metres < LONG_FROM ? MEDIUM : LONG;
        }
    }

    /** The provider's band, else the band of the length, else null. */
    LengthBand band() {
        return lengthBand != null ? lengthBand : length == null ? null : LengthBand.of(length);
    }
}
