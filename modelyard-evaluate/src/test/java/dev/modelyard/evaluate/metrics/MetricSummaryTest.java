package dev.modelyard.evaluate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricSummaryTest {
    @Test
    void meanAndSampleStdAcrossFolds() {
        // mean 0.92; deviations ±0.02 -> sample variance (0.0004 + 0 + 0.0004) / 2 -> std 0.02
        MetricSummary s = MetricSummary.of(new double[] {0.90, 0.92, 0.94});
        assertThat(s.mean()).isCloseTo(0.92, within(1e-12));
        assertThat(s.std()).isCloseTo(0.02, within(1e-12));
        assertThat(s.values()).containsExactly(0.90, 0.92, 0.94);
        assertThat(s.folds()).isEqualTo(3);
        assertThat(s.format()).isEqualTo("0.9200 ± 0.0200");
        assertThat(s).hasToString("0.9200 ± 0.0200").isEqualTo(MetricSummary.of(new double[] {0.90, 0.92, 0.94}));
    }

    @Test
    void formatsLikeTheReport() {
        assertThat(new MetricSummary(0.92812, 0.00209, new double[0]).format()).isEqualTo("0.9281 ± 0.0021");
        assertThat(MetricSummary.of(new double[] {3.5}).format(2)).isEqualTo("3.50 ± 0.00");
    }

    @Test
    void valuesCannotBeChangedFromOutside() {
        double[] folds = {0.5, 0.7};
        MetricSummary s = MetricSummary.of(folds);
        folds[0] = 9;
        s.values()[1] = 9;
        assertThat(s.values()).containsExactly(0.5, 0.7);
    }

    @Test
    void aNaNFoldIsNotHidden() {
        assertThat(MetricSummary.of(new double[] {0.9, Double.NaN}).mean()).isNaN();
    }
}
