package skill.importer.xpass;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LogisticRegressionTest {

    /** Rows [1, group] with the given completed / failed counts per group. */
    private static void add(List<double[]> rows, List<Boolean> outcomes, double group, int completed, int failed) {
        for (int i = 0; i < completed + failed; i++) {
            rows.add(new double[]{1, group});
            outcomes.add(i < completed);
        }
    }

    private static boolean[] array(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    @Test
    void withoutPenaltyItFindsTheLogOddsOfEachGroup() {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        add(rows, outcomes, 0, 80, 20);
        add(rows, outcomes, 1, 30, 30);
        LogisticRegression.Fit fit = LogisticRegression.fit(rows, array(outcomes), 0);
        assertThat(fit.coefficients()[0]).isCloseTo(Math.log(80.0 / 20), within(1e-9));
        assertThat(fit.coefficients()[1]).isCloseTo(Math.log(30.0 / 30) - Math.log(80.0 / 20), within(1e-9));
        assertThat(fit.iterations()).isBetween(2, 20);
    }

    @Test
    void thePenaltyShrinksTheSlopeButNotTheIntercept() {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        add(rows, outcomes, 0, 80, 20);
        add(rows, outcomes, 1, 30, 30);
        double free = LogisticRegression.fit(rows, array(outcomes), 0).coefficients()[1];
        double penalised = LogisticRegression.fit(rows, array(outcomes), 50).coefficients()[1];
        assertThat(penalised).isNegative().isGreaterThan(free);
    }

    @Test
    void separableDataIsRefusedNotReportedAsAFit() {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        add(rows, outcomes, 0, 10, 0);
        add(rows, outcomes, 1, 0, 10);
        assertThatThrownBy(() -> LogisticRegression.fit(rows, array(outcomes), 0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void choleskySolvesASymmetricSystem() {
        double[][] lower = {{4, 0, 0}, {2, 5, 0}, {0, 1, 3}};
        double[] s = LogisticRegression.solve(lower, new double[]{6, 8, 4});
        // H = [[4,2,0],[2,5,1],[0,1,3]]; check H s = g
        assertThat(4 * s[0] + 2 * s[1]).isCloseTo(6, within(1e-12));
        assertThat(2 * s[0] + 5 * s[1] + s[2]).isCloseTo(8, within(1e-12));
        assertThat(s[1] + 3 * s[2]).isCloseTo(4, within(1e-12));
    }

    @Test
    void mismatchedInputIsAClearError() {
        assertThatThrownBy(() -> LogisticRegression.fit(List.of(new double[]{1}), new boolean[0], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one outcome per row");
    }
}
