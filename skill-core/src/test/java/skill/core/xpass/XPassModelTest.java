package skill.core.xpass;

import org.junit.jupiter.api.Test;
import skill.core.model.SetPiece;
import skill.core.xpass.PassFeatures.BodyPart;
import skill.core.xpass.PassFeatures.Height;
import skill.core.xpass.PassFeatures.LengthBand;
import skill.core.xpass.XPassResource.Variant;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.DoubleStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XPassModelTest {
    private static final XPassModel MODEL = XPassModel.standard();

    /** A StatsBomb-like pass from (startX, 34) straight ahead over {@code length} metres. */
    private static PassFeatures full(double startX, double length, Height height, Boolean pressure) {
        return new PassFeatures(startX, 34.0, startX + length, 34.0, length, null, 0.0, height, BodyPart.FOOT,
                pressure, SetPiece.OPEN_PLAY, false);
    }

    /** A DFL-like pass: start location, direction, band and flat-or-high only. */
    private static PassFeatures dfl(LengthBand band, Height height) {
        return new PassFeatures(50.0, 20.0, null, null, null, band, 0.0, height, null, null, SetPiece.OPEN_PLAY,
                false);
    }

    @Test
    void theCommittedResourceLoadsWithItsVariantsAndProvenance() {
        XPassResource r = MODEL.resource();
        assertThat(r.variants()).extracting(Variant::name).containsExactly("full", "start-band", "set-piece");
        assertThat(r.trainingMatches()).isNotEmpty().doesNotContainAnyElementsOf(r.heldOutMatches());
        assertThat(r.heldOutMatches()).isNotEmpty();
        assertThat(r.source()).contains("StatsBomb");
        r.variants().forEach(v -> {
            assertThat(v.coefficients().keySet()).first().isEqualTo("intercept");
            assertThat(PassTerms.names()).containsAll(v.coefficients().keySet());
            assertThat(v.heldOut().logLoss()).isLessThan(v.heldOut().baselineLogLoss());
        });
    }

    @Test
    void everyProbabilityLiesStrictlyBetweenZeroAndOne() {
        List<PassFeatures> passes = List.of(full(5, 2, Height.GROUND, false), full(10, 90, Height.HIGH, true),
                full(100, 5, Height.LOW, true), dfl(LengthBand.LONG, Height.LIFTED), dfl(LengthBand.SHORT,
                        Height.GROUND), new PassFeatures(null, null, null, null, null, null, null, null, null, null,
                        SetPiece.CORNER, true));
        assertThat(passes).allSatisfy(p -> assertThat(MODEL.probability(p)).isStrictlyBetween(0.0, 1.0));
    }

    /** From 10 m on; below that the data itself has more failures (blocked lay-offs: 0-5 m completes 51 %). */
    @Test
    void longerPassesAreLessLikelyCompleted() {
        double[] p = DoubleStream.of(10, 20, 30, 45, 60).map(length -> MODEL.probability(full(30, length,
                Height.GROUND, false))).toArray();
        assertThat(p).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(p[0] - p[4]).isGreaterThan(0.2);
        assertThat(MODEL.probability(dfl(LengthBand.SHORT, Height.GROUND)))
                .isGreaterThan(MODEL.probability(dfl(LengthBand.LONG, Height.GROUND)));
    }

    @Test
    void pressureAndAHighBallMakeAPassHarder() {
        assertThat(MODEL.probability(full(40, 20, Height.GROUND, true)))
                .isLessThan(MODEL.probability(full(40, 20, Height.GROUND, false)));
        assertThat(MODEL.probability(full(40, 20, Height.HIGH, false)))
                .isLessThan(MODEL.probability(full(40, 20, Height.GROUND, false)));
        assertThat(MODEL.probability(dfl(LengthBand.MEDIUM, Height.LIFTED)))
                .isLessThan(MODEL.probability(dfl(LengthBand.MEDIUM, Height.GROUND)));
    }

    @Test
    void eachPassGetsTheRichestVariantItsSourceSupports() {
        assertThat(MODEL.variantFor(full(40, 20, Height.GROUND, false))).isEqualTo("full");
        assertThat(MODEL.variantFor(dfl(LengthBand.MEDIUM, Height.LIFTED))).isEqualTo("start-band");
        // StatsBomb's length, but DFL's lifted-or-not height: the full variant needs the graded height
        assertThat(MODEL.variantFor(full(40, 20, Height.LIFTED, false))).isEqualTo("start-band");
        assertThat(MODEL.variantFor(new PassFeatures(null, null, null, null, null, null, null, null, null, null,
                SetPiece.OPEN_PLAY, false))).isEqualTo("set-piece");
    }

    @Test
    void aLengthWithoutAProviderBandFallsIntoOurBands() {
        assertThat(LengthBand.of(14.9)).isEqualTo(LengthBand.SHORT);
        assertThat(LengthBand.of(15)).isEqualTo(LengthBand.MEDIUM);
        assertThat(LengthBand.of(35)).isEqualTo(LengthBand.LONG);
        assertThat(PassTerms.values(List.of("bandMedium", "bandLong"), full(10, 20, Height.GROUND, false)))
                .containsExactly(1, 0);
    }

    @Test
    void aTermTheFeaturesCannotComputeMakesTheVectorAbsent() {
        assertThat(PassTerms.values(List.of("intercept", "underPressure"), full(10, 20, Height.GROUND, null)))
                .isNull();
    }

    @Test
    void aResourceNamingAnUnknownTermIsRejected() throws Exception {
        LinkedHashMap<String, Double> coefficients = new LinkedHashMap<>();
        coefficients.put("intercept", 1.0);
        coefficients.put("windSpeed", 0.5);
        String json = new XPassResource("d", "s", "2024-01-01", "m", 1, "o", "sp", List.of(), List.of(),
                List.of(new Variant("v", "u", 1, coefficients, null))).toJson();
        XPassResource resource = XPassResource.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new XPassModel(resource)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("windSpeed");
    }

    @Test
    void theSetPieceIsRequired() {
        assertThatThrownBy(() -> new PassFeatures(null, null, null, null, null, null, null, null, null, null, null,
                false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setPiece");
    }
}
