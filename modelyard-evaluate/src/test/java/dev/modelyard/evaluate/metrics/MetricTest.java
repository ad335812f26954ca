package dev.modelyard.evaluate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each metric against values worked out by hand (the working is in the comments). */
class MetricTest {
    private static final double TOL = 1e-9;

    static Target binary(double... y) {
        return new Target("y", Task.BINARY, y, List.of("no", "yes"));
    }

    static Target multiclass(double... y) {
        return new Target("y", Task.MULTICLASS, y, List.of("a", "b", "c"));
    }

    static Target regression(double... y) {
        return new Target("y", Task.REGRESSION, y, List.of());
    }

    // y = [0, 0, 1, 1], p(yes) = [0.1, 0.4, 0.35, 0.8]; predicted at 0.5 = [0, 0, 0, 1]
    private final Target yb = binary(0, 0, 1, 1);
    private final Predictions pb = Predictions.ofPositive(new double[] {0.1, 0.4, 0.35, 0.8});

    @Test
    void binaryAucCountsOrderedPairs() {
        // pairs (pos, neg): 0.35>0.1 yes, 0.35>0.4 no, 0.8>0.1 yes, 0.8>0.4 yes -> 3/4
        assertThat(Metric.AUC.compute(yb, pb)).isCloseTo(0.75, within(TOL));
    }

    @Test
    void aucTiesCountOneHalf() {
        // pos {0.5, 0.9}, neg {0.5, 0.2}: 0.5~0.5 = 0.5, 0.5>0.2 = 1, 0.9 beats both = 2 -> 3.5/4
        Predictions p = Predictions.ofPositive(new double[] {0.5, 0.5, 0.2, 0.9});
        assertThat(Metric.AUC.compute(binary(0, 1, 0, 1), p)).isCloseTo(0.875, within(TOL));
        Predictions allTied = Predictions.ofPositive(new double[] {0.3, 0.3, 0.3, 0.3, 0.3});
        assertThat(Metric.AUC.compute(binary(0, 1, 0, 1, 1), allTied)).isCloseTo(0.5, within(TOL));
    }

    @Test
    void aucOfPerfectAndInvertedPredictions() {
        Target y = binary(0, 1, 1, 0, 1, 0);
        double[] perfect = {0.1, 0.9, 0.8, 0.2, 0.7, 0.3};
        double[] inverted = new double[perfect.length];
        for (int i = 0; i < perfect.length; i++) {
            inverted[i] = 1 - perfect[i];
        }
        assertThat(Metric.AUC.compute(y, Predictions.ofPositive(perfect))).isEqualTo(1.0);
        assertThat(Metric.AUC.compute(y, Predictions.ofPositive(inverted))).isEqualTo(0.0);
    }

    @Test
    void aucIsNaNWithOneClassOnly() {
        assertThat(Metric.AUC.compute(binary(1, 1), Predictions.ofPositive(new double[] {0.2, 0.9}))).isNaN();
    }

    @Test
    void aucMatchesPairCountingOnLargerRandomInput() {
        java.util.Random r = new java.util.Random(7);
        int n = 500;
        double[] y = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(2);
            s[i] = r.nextInt(20) / 20.0 + 0.02 * y[i] * r.nextInt(5); // many ties
        }
        double u = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    u += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(Auc.of(s, y, 1)).isCloseTo(u / pairs, within(TOL));
    }

    @Test
    void binaryLogLoss() {
        // -(ln 0.9 + ln 0.6 + ln 0.35 + ln 0.8) / 4 = (0.1053605 + 0.5108256 + 1.0498221 + 0.2231436) / 4
        assertThat(Metric.LOG_LOSS.compute(yb, pb)).isCloseTo(0.47228795, within(1e-8));
    }

    @Test
    void logLossClipsCertainMistakes() {
        // the true class gets probability 0, clipped to 1e-15: -ln(1e-15) = 34.538776
        double v = Metric.LOG_LOSS.compute(binary(1), Predictions.ofPositive(new double[] {0.0}));
        assertThat(v).isCloseTo(34.538776, within(1e-6));
        assertThat(Metric.LOG_LOSS.compute(binary(1), Predictions.ofPositive(new double[] {1.0}))).isCloseTo(0, within(1e-14));
    }

    @Test
    void thresholdMetricsAtOneHalf() {
        // predicted [0,0,0,1] vs truth [0,0,1,1]: tp 1, fp 0, fn 1, tn 2
        assertThat(Metric.ACCURACY.compute(yb, pb)).isCloseTo(0.75, within(TOL));
        assertThat(Metric.PRECISION.compute(yb, pb)).isCloseTo(1.0, within(TOL));
        assertThat(Metric.RECALL.compute(yb, pb)).isCloseTo(0.5, within(TOL));
        assertThat(Metric.F1.compute(yb, pb)).isCloseTo(2.0 / 3, within(TOL));
    }

    @Test
    void probabilityOfExactlyOneHalfIsPositive() {
        Predictions p = Predictions.ofPositive(new double[] {0.5, 0.49});
        assertThat(Metric.RECALL.compute(binary(1, 1), p)).isCloseTo(0.5, within(TOL));
    }

    @Test
    void precisionWithNoPredictedPositiveIsZero() {
        Predictions p = Predictions.ofPositive(new double[] {0.1, 0.2});
        assertThat(Metric.PRECISION.compute(binary(0, 1), p)).isZero();
        assertThat(Metric.F1.compute(binary(0, 1), p)).isZero();
    }

    @Test
    void brierScore() {
        // (0.1^2 + 0.4^2 + 0.65^2 + 0.2^2) / 4 = (0.01 + 0.16 + 0.4225 + 0.04) / 4
        assertThat(Metric.BRIER.compute(yb, pb)).isCloseTo(0.158125, within(TOL));
    }

    // y = [0, 1, 2, 2]; argmax = [0, 2, 2, 1]
    private final Target ym = multiclass(0, 1, 2, 2);
    private final Predictions pm = Predictions.ofProbabilities(new double[][] {
            {0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}, {0.2, 0.2, 0.6}, {0.3, 0.4, 0.3}});

    @Test
    void multiclassAccuracyAndLogLoss() {
        assertThat(Metric.ACCURACY.compute(ym, pm)).isCloseTo(0.5, within(TOL));
        // -(ln 0.7 + ln 0.3 + ln 0.6 + ln 0.3) / 4 = (0.35667494 + 1.20397280 + 0.51082562 + 1.20397280) / 4
        assertThat(Metric.LOG_LOSS.compute(ym, pm)).isCloseTo(0.81886154, within(1e-8));
    }

    @Test
    void macroF1AveragesPerClassF1() {
        // class a: tp1 -> F1 1; class b: tp0 fp1 fn1 -> 0; class c: tp1 fp1 fn1 -> 2/4; mean 1.5/3
        assertThat(Metric.MACRO_F1.compute(ym, pm)).isCloseTo(0.5, within(TOL));
    }

    @Test
    void macroF1SkipsClassesAbsentFromTruthAndPredictions() {
        // only classes a and c occur, both perfectly predicted
        Predictions p = Predictions.ofProbabilities(new double[][] {{0.8, 0.1, 0.1}, {0.1, 0.1, 0.8}});
        assertThat(Metric.MACRO_F1.compute(multiclass(0, 2), p)).isEqualTo(1.0);
    }

    // y = [1, 2, 3, 4], f = [1.5, 2, 2, 5]: errors -0.5, 0, 1, -1
    private final Target yr = regression(1, 2, 3, 4);
    private final Predictions pr = Predictions.ofValues(new double[] {1.5, 2, 2, 5});

    @Test
    void regressionErrors() {
        // squares 0.25 + 0 + 1 + 1 = 2.25 -> mse 0.5625 -> rmse 0.75; abs 0.5 + 0 + 1 + 1 = 2.5 -> mae 0.625
        assertThat(Metric.RMSE.compute(yr, pr)).isCloseTo(0.75, within(TOL));
        assertThat(Metric.MAE.compute(yr, pr)).isCloseTo(0.625, within(TOL));
        // mean 2.5, SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5 -> R2 = 1 - 2.25 / 5
        assertThat(Metric.R2.compute(yr, pr)).isCloseTo(0.55, within(TOL));
    }

    @Test
    void r2OfTheMeanPredictorIsZeroAndOfPerfectIsOne() {
        assertThat(Metric.R2.compute(yr, Predictions.ofValues(new double[] {2.5, 2.5, 2.5, 2.5}))).isCloseTo(0, within(TOL));
        assertThat(Metric.R2.compute(yr, Predictions.ofValues(new double[] {1, 2, 3, 4}))).isEqualTo(1.0);
    }

    @Test
    void directionAndComparison() {
        assertThat(Metric.AUC.greaterIsBetter()).isTrue();
        assertThat(Metric.LOG_LOSS.greaterIsBetter()).isFalse();
        assertThat(Metric.RMSE.isBetter(1.0, 2.0)).isTrue();
        assertThat(Metric.AUC.isBetter(0.7, 0.8)).isFalse();
        assertThat(Metric.AUC.isBetter(Double.NaN, 0.1)).isFalse();
        assertThat(Metric.AUC.isBetter(0.1, Double.NaN)).isTrue();
    }

    @Test
    void wrongShapesGiveClearErrors() {
        assertThatThrownBy(() -> Metric.AUC.compute(yb, Predictions.ofValues(new double[] {1, 2, 3, 4})))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("needs class probabilities");
        assertThatThrownBy(() -> Metric.AUC.compute(binary(0, 1), pb))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("4 predictions for 2 target rows");
        assertThatThrownBy(() -> Metric.ACCURACY.compute(ym, pb))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("has 2 probabilities for 3 classes");
        assertThatThrownBy(() -> Metric.RMSE.compute(yb, pb))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("does not apply to binary");
    }
}
