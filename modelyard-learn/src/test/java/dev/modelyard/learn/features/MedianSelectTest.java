package dev.modelyard.learn.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The imputer's quickselect agrees with sorting, including many ties and tiny arrays. */
class MedianSelectTest {
    @Test
    void selectMatchesSortForEveryRank() {
        Random r = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(60);
            int distinct = 1 + r.nextInt(8);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = trial % 2 == 0 ? r.nextInt(distinct) : r.nextGaussian();
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            for (int rank = 0; rank < n; rank++) {
                assertThat(Imputer.select(v.clone(), n, rank)).as("trial %d rank %d", trial, rank).isEqualTo(sorted[rank]);
            }
        }
    }
}
