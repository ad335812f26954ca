package dev.modelyard.evaluate.leakage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.evaluate.metrics.Auc;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Why out-of-fold matters: in-sample level means make a unique ID a perfect predictor. */
class OutOfFoldTest {
    private static final int N = 3000;

    @Test
    void aUniqueIdScoresNothingOutOfFold() {
        Random r = new Random(8);
        int[] y = new int[N];
        double[] yd = new double[N];
        int[] codes = new int[N];
        for (int i = 0; i < N; i++) {
            y[i] = r.nextInt(2);
            yd[i] = y[i];
            codes[i] = i; // one level per row
        }
        Coded id = new Coded(codes, N);
        // in sample, each level's mean is the row's own label: AUC 1
        assertThat(Auc.of(yd, yd, 1)).isEqualTo(1.0);
        OutOfFold oof = new OutOfFold(Folds.assign(N, Folds.K, 1), Folds.K);
        assertThat(oof.classAuc(id, y, new int[] {1})).isLessThan(0.6);
    }

    @Test
    void aLevelCopyOfTheTargetScoresPerfectly() {
        Random r = new Random(9);
        int[] y = new int[N];
        double[] yc = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = r.nextInt(3);
        }
        double mean = 0;
        for (int v : y) {
            mean += v;
        }
        mean /= N;
        double ss = 0;
        for (int i = 0; i < N; i++) {
            yc[i] = y[i] - mean;
            ss += yc[i] * yc[i];
        }
        OutOfFold oof = new OutOfFold(Folds.assign(N, Folds.K, 1), Folds.K);
        Coded copy = new Coded(y.clone(), 3);
        assertThat(oof.classAuc(copy, y, new int[] {0, 1, 2})).isEqualTo(1.0);
        assertThat(oof.r2(copy, yc, ss)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void foldsAreBalancedAndSeeded() {
        int[] a = Folds.assign(103, 5, 3);
        int[] counts = new int[5];
        for (int f : a) {
            counts[f]++;
        }
        assertThat(counts).containsExactly(21, 21, 21, 20, 20);
        assertThat(Folds.assign(103, 5, 3)).isEqualTo(a);
        assertThat(Folds.assign(103, 5, 4)).isNotEqualTo(a);
    }

    @Test
    void quantileBinsPutNullsApartAndMergeTies() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i < 70 ? 0 : (i < 95 ? 1 : Double.NaN);
        }
        Coded c = QuantileBins.code(v, 20);
        assertThat(c.levelCount()).isEqualTo(4); // cuts {0, 1}: bins "<= 0", "(0, 1]", (unused "> 1"), null
        assertThat(c.codes()[0]).isEqualTo(0);
        assertThat(c.codes()[80]).isEqualTo(1);
        assertThat(c.codes()[99]).isEqualTo(3);
    }
}
