package dev.modelyard.learn.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.linear.LinearModel;
import dev.modelyard.scoring.linear.LinearParams;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearAccuracyTest {
    private static final FitContext CTX = FitContext.seeded(1);

    @Test
    void regressionRecoversNoiseFreeCoefficients() {
        // Features on very different scales, so standardisation and its folding back are exercised.
        Random r = new Random(11);
        int n = 500;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian() * 100 + 50;
            b[i] = r.nextGaussian() * 0.01;
            c[i] = r.nextDouble() * 4 - 7;
            y[i] = 1.5 + 0.02 * a[i] - 300 * b[i] + 4 * c[i];
        }
        Frame f = Frame.of(DoubleColumn.of("a", a), DoubleColumn.of("b", b), DoubleColumn.of("c", c));
        LinearParams p = LinearParams.defaults().withLambda(1e-9).withTolerance(1e-14).withMaxIterations(10_000);
        LinearModel m = (LinearModel) new LinearLearner(p).fit(f, new Target("y", Task.REGRESSION, y, List.of()), CTX);

        assertThat(m.converged()).isTrue();
        double[] w = m.coefficients()[0];
        assertThat(w[0]).isCloseTo(0.02, within(1e-3));
        assertThat(w[1]).isCloseTo(-300, within(1e-3));
        assertThat(w[2]).isCloseTo(4, within(1e-3));
        assertThat(m.intercepts()[0]).isCloseTo(1.5, within(1e-3));
    }

    @Test
    void logisticRanksHeldOutRowsWell() {
        Frame train = TestData.numeric(2000, 6, 21);
        Frame test = TestData.numeric(2000, 6, 22);
        LinearModel m = (LinearModel) new LinearLearner().fit(train, TestData.binary(train, 23), CTX);
        Target truth = TestData.binary(test, 24);
        double[] score = column(m.transform(test), "proba_yes");

        assertThat(m.converged()).isTrue();
        assertThat(auc(score, truth.values())).isGreaterThan(0.9);
    }

    @Test
    void lassoZeroesPureNoiseFeatures() {
        Random r = new Random(31);
        int n = 1000;
        int p = 10;
        DoubleColumn[] cols = new DoubleColumn[p];
        double[][] x = new double[p][n];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                x[j][i] = r.nextGaussian();
            }
            cols[j] = DoubleColumn.of("x" + j, x[j]);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 3 * x[0][i] - 2 * x[1][i] + 0.5 * r.nextGaussian();
        }
        LinearParams lasso = LinearParams.defaults().withL1Ratio(1).withLambda(0.1);
        LinearModel m = (LinearModel) new LinearLearner(lasso).fit(Frame.of(cols), new Target("y", Task.REGRESSION, y, List.of()), CTX);

        double[] w = m.coefficients()[0];
        assertThat(w[0]).isCloseTo(2.9, within(0.1));
        assertThat(w[1]).isCloseTo(-1.9, within(0.1));
        for (int j = 2; j < p; j++) {
            assertThat(w[j]).as("noise feature x%d", j).isZero();
        }
    }

    @Test
    void multinomialProbabilitiesSumToOneAndPredictTheClass() {
        Frame f = TestData.numeric(600, 4, 41);
        Target t = TestData.multiclass(f, 42);
        LinearModel m = (LinearModel) new LinearLearner().fit(f, t, CTX);
        Frame out = m.transform(f);

        assertThat(m.coefficients()).hasNumberOfRows(3);
        int correct = 0;
        for (int i = 0; i < f.rowCount(); i++) {
            double sum = 0;
            int best = 0;
            for (int k = 0; k < 3; k++) {
                double pk = out.column(k).getDouble(i);
                assertThat(pk).isBetween(0.0, 1.0);
                sum += pk;
                if (pk > out.column(best).getDouble(i)) {
                    best = k;
                }
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
            correct += best == t.classOf(i) ? 1 : 0;
        }
        assertThat(m.converged()).isTrue();
        assertThat(correct / 600.0).isGreaterThan(0.8);
    }

    @Test
    void unregularisedLogisticMatchesNewtonsMethod() {
        Random r = new Random(51);
        int n = 300;
        int p = 3;
        double[][] x = new double[n][p];
        double[] y = new double[n];
        DoubleColumn[] cols = new DoubleColumn[p];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian() * 3 + 2;
            x[i][2] = r.nextDouble();
            double z = -0.5 + 1.2 * x[i][0] - 0.4 * x[i][1] + 2 * x[i][2];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        for (int j = 0; j < p; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = x[i][j];
            }
            cols[j] = DoubleColumn.of("x" + j, v);
        }
        LinearParams exact = LinearParams.defaults().withLambda(0).withTolerance(1e-14).withMaxIterations(10_000);
        LinearModel m = (LinearModel) new LinearLearner(exact).fit(Frame.of(cols), new Target("y", Task.BINARY, y, List.of("0", "1")), CTX);

        double[] ref = newtonLogistic(x, y);
        assertThat(m.converged()).isTrue();
        assertThat(m.intercepts()[0]).isCloseTo(ref[0], within(1e-4));
        for (int j = 0; j < p; j++) {
            assertThat(m.coefficients()[0][j]).as("x%d", j).isCloseTo(ref[j + 1], within(1e-4));
        }
    }

    @Test
    void ridgeOnStronglyCorrelatedFeaturesMatchesTheClosedForm() {
        // Correlated columns make plain coordinate descent crawl; this exercises the active-set Newton jump.
        Random r = new Random(71);
        int n = 500;
        int p = 10;
        double[][] x = new double[n][p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double common = r.nextGaussian();
            for (int j = 0; j < p; j++) {
                x[i][j] = 0.98 * common + 0.2 * r.nextGaussian() + j;
            }
            y[i] = 2 * x[i][0] - x[i][3] + 0.5 * x[i][7] + r.nextGaussian();
        }
        double lambda = 0.01;
        LinearParams ridge = new LinearParams(lambda, 0, 10_000, 1e-10, true, false);
        LinearModel m = (LinearModel) new LinearLearner(ridge).fit(frame(x), new Target("y", Task.REGRESSION, y, List.of()), CTX);

        // (Xc'Xc/n + lambda I) w = Xc'(y - mean y)/n, with Xc the centred features.
        double[] mean = new double[p];
        double ym = Arrays.stream(y).average().orElseThrow();
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                b[j] += (x[i][j] - mean[j]) * (y[i] - ym) / n;
                for (int k = 0; k < p; k++) {
                    a[j][k] += (x[i][j] - mean[j]) * (x[i][k] - mean[k]) / n;
                }
            }
        }
        for (int j = 0; j < p; j++) {
            a[j][j] += lambda;
        }
        double[] expected = solve(a, b);
        assertThat(m.converged()).isTrue();
        for (int j = 0; j < p; j++) {
            assertThat(m.coefficients()[0][j]).as("x%d", j).isCloseTo(expected[j], within(1e-6));
        }
    }

    @Test
    void missingFeatureScoresAsTheTrainingMean() {
        Frame f = TestData.numeric(300, 3, 61);
        LinearModel m = (LinearModel) new LinearLearner().fit(f, TestData.regression(f, 62), CTX);
        double[] mean = m.missingValues();
        double[] a = new double[1];
        double[] b = new double[1];
        m.predictRow(new double[] {0.7, Double.NaN, -0.2}, a);
        m.predictRow(new double[] {0.7, mean[1], -0.2}, b);
        assertThat(a[0]).isEqualTo(b[0]);
        assertThat(mean[1]).isCloseTo(Arrays.stream(column(f, "x2")).average().orElseThrow(), within(1e-12));
    }

    /** Plain Newton-Raphson on the unpenalised log-likelihood with an intercept: [b0, w1..wp]. */
    static double[] newtonLogistic(double[][] x, double[] y) {
        int n = x.length;
        int q = x[0].length + 1;
        double[] beta = new double[q];
        for (int iter = 0; iter < 50; iter++) {
            double[] g = new double[q];
            double[][] h = new double[q][q];
            for (int i = 0; i < n; i++) {
                double[] row = new double[q];
                row[0] = 1;
                System.arraycopy(x[i], 0, row, 1, q - 1);
                double z = 0;
                for (int j = 0; j < q; j++) {
                    z += beta[j] * row[j];
                }
                double mu = 1 / (1 + Math.exp(-z));
                for (int j = 0; j < q; j++) {
                    g[j] += (y[i] - mu) * row[j];
                    for (int k = 0; k < q; k++) {
                        h[j][k] += mu * (1 - mu) * row[j] * row[k];
                    }
                }
            }
            double[] step = solve(h, g);
            for (int j = 0; j < q; j++) {
                beta[j] += step[j];
            }
        }
        return beta;
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int q = b.length;
        double[][] m = new double[q][];
        for (int i = 0; i < q; i++) {
            m[i] = Arrays.copyOf(a[i], q + 1);
            m[i][q] = b[i];
        }
        for (int c = 0; c < q; c++) {
            int piv = c;
            for (int i = c + 1; i < q; i++) {
                if (Math.abs(m[i][c]) > Math.abs(m[piv][c])) {
                    piv = i;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int i = c + 1; i < q; i++) {
                double f = m[i][c] / m[c][c];
                for (int k = c; k <= q; k++) {
                    m[i][k] -= f * m[c][k];
                }
            }
        }
        double[] out = new double[q];
        for (int i = q - 1; i >= 0; i--) {
            double s = m[i][q];
            for (int k = i + 1; k < q; k++) {
                s -= m[i][k] * out[k];
            }
            out[i] = s / m[i][i];
        }
        return out;
    }

    /** Area under the ROC curve as the Mann-Whitney statistic (ties count half). */
    static double auc(double[] score, double[] label) {
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < score.length; i++) {
            if (label[i] != 1) {
                continue;
            }
            for (int k = 0; k < score.length; k++) {
                if (label[k] == 0) {
                    pairs++;
                    wins += score[i] > score[k] ? 1 : score[i] == score[k] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    static Frame frame(double[][] x) {
        int p = x[0].length;
        DoubleColumn[] cols = new DoubleColumn[p];
        for (int j = 0; j < p; j++) {
            double[] v = new double[x.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = x[i][j];
            }
            cols[j] = DoubleColumn.of("x" + j, v);
        }
        return Frame.of(cols);
    }

    static double[] column(Frame f, String name) {
        double[] v = new double[f.rowCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.column(name).getDouble(i);
        }
        return v;
    }
}
