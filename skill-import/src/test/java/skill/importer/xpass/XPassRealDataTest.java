package skill.importer.xpass;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import skill.core.SharedData;
import skill.core.xpass.XPassModel;
import skill.core.xpass.XPassResource.Variant;
import skill.core.xpass.XPassResource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The model fitted on the real StatsBomb passes (Bundesliga 2023/24, data: StatsBomb): it predicts
 * held-out matches far better than the base rate, and the committed resource is what the fitter makes
 * of this data (so it was not edited by hand and can be rebuilt).
 */
class XPassRealDataTest {
    private static XPassResource refitted;

    @BeforeEach
    void fit() {
        Path folder = SharedData.require("statsbomb/bundesliga-2023-24");
        if (refitted == null) {
            refitted = XPassFitter.fit(folder, LocalDate.now());
        }
    }

    @Test
    void heldOutMatchesArePredictedFarBetterThanTheBaseRate() {
        Variant full = refitted.variants().get(0);
        Variant startBand = refitted.variants().get(1);
        assertThat(full.heldOut().auc()).isGreaterThan(0.85);
        assertThat(full.heldOut().logLoss()).isLessThan(0.7 * full.heldOut().baselineLogLoss());
        assertThat(startBand.heldOut().auc()).isGreaterThan(0.8);
        assertThat(startBand.heldOut().logLoss()).isLessThan(0.75 * startBand.heldOut().baselineLogLoss());
        // calibrated: every decile's observed rate within 0.06 of its mean prediction
        assertThat(full.heldOut().calibration()).allSatisfy(b ->
                assertThat(b.observed()).isCloseTo(b.predicted(), within(0.06)));
    }

    @Test
    void theCommittedResourceIsWhatTheFitterMakesOfTheData() {
        XPassResource committed = XPassModel.standard().resource();
        assertThat(committed.trainingMatches()).isEqualTo(refitted.trainingMatches());
        assertThat(committed.heldOutMatches()).isEqualTo(refitted.heldOutMatches());
        assertThat(committed.variants()).hasSameSizeAs(refitted.variants());
        for (int i = 0; i < committed.variants().size(); i++) {
            Variant c = committed.variants().get(i);
            Variant r = refitted.variants().get(i);
            assertThat(c.name()).isEqualTo(r.name());
            assertThat(c.coefficients().keySet()).containsExactlyElementsOf(r.coefficients().keySet());
            c.coefficients().forEach((term, value) ->
                    assertThat(value).as(c.name() + " " + term).isCloseTo(r.coefficients().get(term), within(1e-6)));
            assertThat(c.heldOut().auc()).isCloseTo(r.heldOut().auc(), within(1e-9));
        }
    }
}
