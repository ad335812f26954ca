package dev.modelyard.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.random.Shuffle;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.data.io.DataReader;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.WindowDrift;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue #5's covertype acceptance on 50k sampled rows: Elevation + 200 is flagged and named first by the domain classifier. */
class CovertypeDriftAcceptanceTest {
    private static final String TARGET = "is_lodgepole_pine";
    private static ReferenceProfile reference;
    private static Frame window;

    @BeforeAll
    static void read() {
        Frame all = DataReader.read(Datasets.require("covertype/covertype_binary_full.csv.gz"));
        int[] rows = ProfileBuilder.sampleRows(all.rowCount(), 50_000, 5);
        int[] perm = Shuffle.permutation(rows.length, new Random(3));
        int half = rows.length / 2;
        int[] r = new int[half];
        int[] w = new int[half];
        for (int i = 0; i < half; i++) {
            r[i] = rows[perm[i]];
            w[i] = rows[perm[half + i]];
        }
        Arrays.sort(r);
        Arrays.sort(w);
        Frame ref = all.select(r);
        reference = ProfileBuilder.reference(ref.without(TARGET), TARGET, null, ref, 3);
        window = all.select(w).without(TARGET);
    }

    @Test
    void elevationShiftedBy200IsFlaggedAndTheDomainClassifierNamesItFirst() {
        Column e = window.column("Elevation");
        double[] shifted = new double[e.size()];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = e.getDouble(i) + 200;
        }
        WindowDrift d = DriftAnalyzer.analyze(reference, window.without("Elevation").with(DoubleColumn.of("Elevation", shifted)),
                null, DriftOptions.defaults());
        FeatureDrift elevation = d.features().stream().filter(f -> f.feature().equals("Elevation")).findFirst().orElseThrow();
        assertThat(elevation.drifted()).isTrue();
        assertThat(elevation.test()).isEqualTo("wasserstein");
        // 200 m against a reference spread of ~280 m.
        assertThat(elevation.score()).isBetween(0.5, 0.9);
        assertThat(d.driftedFeatures()).containsExactly("Elevation");
        assertThat(d.domain().auc()).isGreaterThanOrEqualTo(0.6);
        assertThat(d.domain().drifted()).isTrue();
        assertThat(d.domain().topFeatures().get(0).feature()).isEqualTo("Elevation");
    }

    @Test
    void anUnshiftedWindowIsNotSeparable() {
        WindowDrift d = DriftAnalyzer.analyze(reference, window, null, DriftOptions.defaults());
        assertThat(d.domain().auc()).isLessThan(0.6);
        assertThat(d.domain().drifted()).isFalse();
        assertThat(d.driftedFeatures()).doesNotContain("Elevation");
        assertThat(d.datasetDrift()).isFalse();
    }
}
