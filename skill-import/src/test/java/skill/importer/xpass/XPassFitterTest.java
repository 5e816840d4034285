package skill.importer.xpass;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import skill.core.model.SetPiece;
import skill.core.xpass.PassFeatures;
import skill.core.xpass.PassFeatures.BodyPart;
import skill.core.xpass.PassFeatures.Height;
import skill.core.xpass.XPassModel;
import skill.core.xpass.XPassResource;
import skill.core.xpass.XPassResource.Variant;
import skill.importer.statsbomb.SbPasses.Labelled;
import skill.importer.statsbomb.SbPasses.MatchPasses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fitter on a self-written fixture: ten matches of passes whose completion follows a known rule
 * (longer and high passes fail more), drawn from a seeded generator so every run sees the same data.
 */
class XPassFitterTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static List<MatchPasses> matches;
    private static XPassResource fitted;

    @BeforeAll
    static void fit() {
        Random random = new Random(20240601);
        matches = IntStream.range(0, 10).mapToObj(m -> new MatchPasses("M" + m,
                Instant.parse("2024-01-01T15:30:00Z").plusSeconds(m * 604_800L),
                IntStream.range(0, 300).mapToObj(i -> pass(random)).toList())).toList();
        fitted = XPassFitter.fit(matches, 3, DAY, "fixture");
    }

    private static Labelled pass(Random random) {
        double startX = 5 + random.nextDouble() * 90;
        double length = 3 + random.nextDouble() * 50;
        double angle = (random.nextDouble() - 0.5) * Math.PI;
        boolean high = random.nextDouble() < 0.25;
        PassFeatures f = new PassFeatures(startX, 34.0, startX + length * Math.cos(angle),
                34 + length * Math.sin(angle), length, null, angle, high ? Height.HIGH : Height.GROUND,
                BodyPart.FOOT, random.nextBoolean(), SetPiece.OPEN_PLAY, false);
        double p = 1 / (1 + Math.exp(-(4 - 0.08 * length - 1.2 * (high ? 1 : 0))));
        return new Labelled(f, random.nextDouble() < p);
    }

    @Test
    void theLatestMatchesAreHeldOut() {
        assertThat(fitted.trainingMatches()).containsExactly("M0", "M1", "M2", "M3", "M4", "M5", "M6");
        assertThat(fitted.heldOutMatches()).containsExactly("M7", "M8", "M9");
        assertThat(fitted.variants()).extracting(Variant::name).containsExactly("full", "start-band", "set-piece");
        assertThat(fitted.variants()).allSatisfy(v -> {
            assertThat(v.trainingPasses()).isEqualTo(2100);
            assertThat(v.heldOut().passes()).isEqualTo(900);
            assertThat(v.heldOut().calibration()).hasSize(10);
        });
        assertThat(fitted.fittedOn()).isEqualTo("2024-06-01");
    }

    @Test
    void theFittedModelLearnsTheRule() {
        Variant full = fitted.variants().get(0);
        assertThat(full.heldOut().auc()).isGreaterThan(0.7);
        assertThat(full.heldOut().logLoss()).isLessThan(full.heldOut().baselineLogLoss());
        XPassModel model = new XPassModel(fitted);
        assertThat(model.probability(straight(10, Height.GROUND))).isGreaterThan(model.probability(straight(45,
                Height.GROUND)));
        assertThat(model.probability(straight(20, Height.HIGH))).isLessThan(model.probability(straight(20,
                Height.GROUND)));
    }

    private static PassFeatures straight(double length, Height height) {
        return new PassFeatures(40.0, 34.0, 40 + length, 34.0, length, null, 0.0, height, BodyPart.FOOT, false,
                SetPiece.OPEN_PLAY, false);
    }

    @Test
    void fittingIsDeterministicAndTheJsonRoundTrips(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        XPassResource again = XPassFitter.fit(matches, 3, DAY, "fixture");
        assertThat(again.toJson()).isEqualTo(fitted.toJson());
        Path file = dir.resolve("sub/model.json");
        XPassFitter.write(fitted, file);
        try (var in = Files.newInputStream(file)) {
            assertThat(XPassResource.read(in)).isEqualTo(fitted);
        }
    }

    @Test
    void theReportShowsMetricsAndCalibration() {
        String report = XPassFitter.report(fitted);
        assertThat(report).contains("Trained on 7 matches, evaluated on 3 held-out matches")
                .contains("| full | 900 |").contains("Calibration of start-band");
    }

    @Test
    void tooFewMatchesToHoldOutIsAClearError() {
        List<MatchPasses> two = new ArrayList<>(matches.subList(0, 2));
        assertThatThrownBy(() -> XPassFitter.fit(two, 3, DAY, "fixture"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Need more than 3 matches");
    }
}
