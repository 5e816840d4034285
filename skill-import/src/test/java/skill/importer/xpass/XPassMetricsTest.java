package skill.importer.xpass;

import org.junit.jupiter.api.Test;
import skill.core.xpass.XPassResource.CalibrationBin;
import skill.core.xpass.XPassResource.Evaluation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class XPassMetricsTest {

    @Test
    void aucIsTheShareOfCompletedFailedPairsRankedRight() {
        // pairs (completed, failed): (0.35, 0.1) right, (0.35, 0.4) wrong, (0.8, 0.1) right, (0.8, 0.4) right
        assertThat(XPassMetrics.auc(new double[]{0.1, 0.4, 0.35, 0.8}, new boolean[]{false, false, true, true}))
                .isEqualTo(0.75);
        assertThat(XPassMetrics.auc(new double[]{0.5, 0.5}, new boolean[]{true, false})).isEqualTo(0.5);
    }

    @Test
    void logLossAndBrierAgainstTheBaseRate() {
        Evaluation e = XPassMetrics.evaluate(new double[]{0.9, 0.2}, new boolean[]{true, false}, 0.5);
        assertThat(e.logLoss()).isCloseTo((-Math.log(0.9) - Math.log(0.8)) / 2, within(1e-12));
        assertThat(e.baselineLogLoss()).isCloseTo(Math.log(2), within(1e-12));
        assertThat(e.brier()).isCloseTo((0.01 + 0.04) / 2, within(1e-12));
        assertThat(e.baselineBrier()).isCloseTo(0.25, within(1e-12));
        assertThat(e.completionRate()).isEqualTo(0.5);
        assertThat(e.auc()).isEqualTo(1.0);
    }

    @Test
    void calibrationHasTenEqualBinsInOrderOfPrediction() {
        double[] p = new double[20];
        boolean[] y = new boolean[20];
        for (int i = 0; i < 20; i++) {
            p[19 - i] = i / 20.0;
            y[19 - i] = i >= 10;
        }
        List<CalibrationBin> bins = XPassMetrics.calibration(p, y);
        assertThat(bins).hasSize(10).allSatisfy(b -> assertThat(b.passes()).isEqualTo(2));
        assertThat(bins.get(0)).isEqualTo(new CalibrationBin(0, 0.05, 2, 0.025, 0));
        assertThat(bins.get(9).observed()).isEqualTo(1);
    }
}
