package skill.importer.xpass;

import skill.core.xpass.XPassModel;

import java.util.List;

/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with an L2 penalty on
 * every coefficient but the first (the intercept). Small and exact for a few dozen terms: each step
 * solves the penalised normal equations by Cholesky decomposition.
 */
final class LogisticRegression {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    record Fit(double[] coefficients, int iterations) {
    }

    private LogisticRegression() {
    }

    /**
     * @param rows     one term vector per pass, the intercept's 1 first
     * @param outcomes completed or not, per row
     * @param l2       the penalty λ: the fit maximises log-likelihood − λ/2 · Σ β² (intercept excluded)
     */
    static Fit fit(List<double[]> rows, boolean[] outcomes, double l2) {
        if (rows.isEmpty() || rows.size() != outcomes.length) {
            throw new IllegalArgumentException("Need one outcome per row and at least one row, got "
                    + rows.size() + " rows and " + outcomes.length + " outcomes");
        }
        int k = rows.get(0).length;
        double[] beta = new double[k];
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[][] hessian = new double[k][k];
            double[] gradient = new double[k];
            for (int i = 0; i < rows.size(); i++) {
                double[] x = rows.get(i);
                double p = XPassModel.probability(beta, x);
                double w = p * (1 - p);
                double residual = (outcomes[i] ? 1 : 0) - p;
                for (int a = 0; a < k; a++) {
                    gradient[a] += residual * x[a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += w * x[a] * x[b];
                    }
                }
            }
            for (int a = 1; a < k; a++) {
                gradient[a] -= l2 * beta[a];
                hessian[a][a] += l2;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a < k; a++) {
                beta[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < TOLERANCE) {
                return new Fit(beta, iteration);
            }
        }
        throw new IllegalStateException("Logistic regression did not converge in " + MAX_ITERATIONS
                + " Newton steps (separable data or collinear terms?)");
    }

    /** Solves H s = g for a symmetric positive definite H given by its lower triangle (Cholesky). */
    static double[] solve(double[][] h, double[] g) {
        int k = g.length;
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = h[i][j];
                for (int m = 0; m < j; m++) {
                    sum -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalStateException("The Hessian is not positive definite at term " + i
                                + " (a term that is constant or a copy of others?)");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            double sum = g[i];
            for (int m = 0; m < i; m++) {
                sum -= l[i][m] * z[m];
            }
            z[i] = sum / l[i][i];
        }
        double[] s = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double sum = z[i];
            for (int m = i + 1; m < k; m++) {
                sum -= l[m][i] * s[m];
            }
            s[i] = sum / l[i][i];
        }
        return s;
    }
}
