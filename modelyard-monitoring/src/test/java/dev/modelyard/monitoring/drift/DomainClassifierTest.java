package dev.modelyard.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.monitoring.result.DomainDrift;
import dev.modelyard.monitoring.result.WindowDrift;
import org.junit.jupiter.api.Test;

class DomainClassifierTest {
    private static final DriftOptions OPTS = DriftOptions.defaults().withThreads(2).withDomainRows(1_000);

    /** A reference whose sample also holds a target and an out-of-fold column, as a trained bundle's does. */
    private static ReferenceProfile reference() {
        Frame f = DriftFixtures.frame(1_000, 0, 0.4, 1);
        Frame withOutputs = f.with(DoubleColumn.of("y", DriftFixtures.normal(1_000, 0, 11)))
                .with(DoubleColumn.of("oof:prediction", DriftFixtures.normal(1_000, 0, 12)));
        return ProfileBuilder.reference(f, "y", null, withOutputs, 7);
    }

    @Test
    void aShiftedFeatureIsSeparableAndNamedFirst() {
        DomainDrift d = DriftAnalyzer.analyze(reference(), DriftFixtures.frame(1_500, 1.0, 0.4, 2), null, OPTS).domain();
        assertThat(d).isNotNull();
        // N(0,1) vs N(1,1): the best possible AUC is Φ(1/√2) ≈ 0.76.
        assertThat(d.auc()).isBetween(0.65, 0.8);
        assertThat(d.drifted()).isTrue();
        assertThat(d.threshold()).isEqualTo(0.6);
        assertThat(d.topFeatures().get(0).feature()).isEqualTo("x");
        assertThat(d.topFeatures().get(0).importance()).isGreaterThan(0.5);
        assertThat(d.topFeatures()).extracting(DomainDrift.FeatureImportance::feature).doesNotContain("y", "oof:prediction");
        double total = d.topFeatures().stream().mapToDouble(DomainDrift.FeatureImportance::importance).sum();
        assertThat(total).isLessThanOrEqualTo(1 + 1e-9);
    }

    @Test
    void theSameDistributionIsNotSeparable() {
        DomainDrift d = DriftAnalyzer.analyze(reference(), DriftFixtures.frame(1_500, 0, 0.4, 3), null, OPTS).domain();
        assertThat(d.auc()).isLessThan(0.6);
        assertThat(d.drifted()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        Frame window = DriftFixtures.frame(1_500, 0.5, 0.4, 4);
        DomainDrift a = DriftAnalyzer.analyze(reference(), window, null, OPTS).domain();
        DomainDrift b = DriftAnalyzer.analyze(reference(), window, null, OPTS).domain();
        assertThat(b).isEqualTo(a);
    }

    @Test
    void itDoesNotRunWithoutASampleOrOnTinyWindowsOrWhenOff() {
        Frame f = DriftFixtures.frame(1_000, 0, 0.4, 1);
        ReferenceProfile noSample = ProfileBuilder.reference(f, null, null, null, 7);
        assertThat(DriftAnalyzer.analyze(noSample, DriftFixtures.frame(500, 1, 0.4, 2), null, OPTS).domain()).isNull();
        WindowDrift tiny = DriftAnalyzer.analyze(reference(), DriftFixtures.frame(DomainClassifier.MIN_ROWS - 1, 1, 0.4, 2), null, OPTS);
        assertThat(tiny.domain()).isNull();
        assertThat(tiny.features()).hasSize(3);
        assertThat(DriftAnalyzer.analyze(reference(), DriftFixtures.frame(500, 1, 0.4, 2), null, OPTS.withDomainClassifier(false)).domain())
                .isNull();
    }
}
