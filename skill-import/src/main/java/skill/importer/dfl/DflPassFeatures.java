package skill.importer.dfl;

import org.w3c.dom.Element;
import skill.core.model.SetPiece;
import skill.core.xpass.PassFeatures;
import skill.core.xpass.PassFeatures.Height;
import skill.core.xpass.PassFeatures.LengthBand;

import java.util.Map;

/**
 * What a DFL Play tells the xPass model: the start position (the Event's X-/Y-Position, pitch metres),
 * {@code PlayAngle}, the {@code Distance} band, {@code Height}, set piece and cross. No end location, body
 * part or pressure: the model's "start-band" variant is fitted for exactly this (docs/xpass.md).
 */
final class DflPassFeatures {
    private static final Map<String, LengthBand> BANDS = Map.of("short", LengthBand.SHORT,
            "medium", LengthBand.MEDIUM, "long", LengthBand.LONG);
    /** "flat" is taken as StatsBomb's ground pass, "high" as anything off the ground (their shares fit so). */
    private static final Map<String, Height> HEIGHTS = Map.of("flat", Height.GROUND, "high", Height.LIFTED);

    private DflPassFeatures() {
    }

    static PassFeatures of(DflEvent e, SetPiece setPiece, boolean cross) {
        Element event = (Element) e.top().getParentNode();
        Double x = number(event, "X-Position");
        Double y = number(event, "Y-Position");
        Double angle = number(e.action(), "PlayAngle");
        return new PassFeatures(towardsOpponent(x, e.attr("PlayOrigin")), y, null, null, null,
                BANDS.get(String.valueOf(e.attr("Distance"))), angle == null ? null : Math.toRadians(angle),
                HEIGHTS.get(String.valueOf(e.attr("Height"))), null, null, setPiece, cross);
    }

    /**
     * X-Position is on the pitch's fixed axis, and teams change ends at half-time; PlayOrigin (ownHalf /
     * oppositionHalf) says which end the passer attacks. Near the halfway line a wrong guess moves x by
     * less than twice its distance from the line. PlayAngle needs no turning: DFL measures it from the
     * attacking direction already.
     */
    private static Double towardsOpponent(Double x, String origin) {
        if (x == null || origin == null) {
            return null;
        }
        boolean ownHalf = origin.equals("ownHalf");
        if (!ownHalf && !origin.equals("oppositionHalf")) {
            return null;
        }
        boolean attacksLowX = ownHalf == (x > PassFeatures.PITCH_LENGTH / 2);
        return attacksLowX ? PassFeatures.PITCH_LENGTH - x : x;
    }

    private static Double number(Element e, String name) {
        String v = DflXml.attr(e, name);
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> " + name + " is not a number: " + v, ex);
        }
    }
}
