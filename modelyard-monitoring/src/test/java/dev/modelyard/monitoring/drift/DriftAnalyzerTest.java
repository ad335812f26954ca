package dev.modelyard.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.WindowDrift;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class DriftAnalyzerTest {
    private static final DriftOptions OPTS = DriftOptions.defaults().withDomainClassifier(false).withThreads(2);

    private static FeatureDrift feature(WindowDrift d, String name) {
        return d.features().stream().filter(f -> f.feature().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void identicalDistributionsAreNotFlagged() {
        ReferenceProfile ref = DriftFixtures.reference(DriftFixtures.frame(5_000, 0, 0.4, 1));
        WindowDrift d = DriftAnalyzer.analyze(ref, DriftFixtures.frame(5_000, 0, 0.4, 100), null, OPTS);
        assertThat(d.features()).extracting(FeatureDrift::feature).containsExactly("x", "z", "c");
        assertThat(d.driftedFeatures()).isEmpty();
        assertThat(d.driftShare()).isZero();
        assertThat(d.datasetDrift()).isFalse();
        assertThat(d.prediction()).isNull();
        assertThat(d.domain()).isNull();
        // Reference above 1000 values: Evidently's large-sample tests.
        assertThat(feature(d, "x").test()).isEqualTo("wasserstein");
        assertThat(feature(d, "c").test()).isEqualTo("jensen_shannon");
        for (FeatureDrift f : d.features()) {
            assertThat(f.psi()).isLessThan(0.1);
            assertThat(f.score()).isLessThan(f.threshold());
            assertThat(DoubleStream.of(f.distribution().reference()).sum()).isCloseTo(1, within(1e-9));
            assertThat(DoubleStream.of(f.distribution().current()).sum()).isCloseTo(1, within(1e-9));
            assertThat(f.currentRows()).isEqualTo(5_000);
        }
        assertThat(feature(d, "x").distribution().labels()).hasSize(10).first().asString().startsWith("(-inf, ");
        assertThat(feature(d, "x").scores()).containsKeys("psi", "ks_statistic", "ks_p_value", "wasserstein_norm",
                "missing_rate_reference", "missing_rate_current");
        assertThat(feature(d, "c").scores()).containsKeys("psi", "jensen_shannon", "chi2_p_value");
        // Levels largest first in the reference.
        FeatureDrift c = feature(d, "c");
        assertThat(c.distribution().labels()).first().isEqualTo("a");
        assertThat(c.distribution().labels()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(c.distribution().reference()[1]).isGreaterThanOrEqualTo(c.distribution().reference()[2]);
    }

    @Test
    void aShiftedMeanIsFlaggedOnThatFeatureOnly() {
        ReferenceProfile ref = DriftFixtures.reference(DriftFixtures.frame(5_000, 0, 0.4, 1));
        WindowDrift d = DriftAnalyzer.analyze(ref, DriftFixtures.frame(5_000, 0.5, 0.4, 100), null, OPTS);
        assertThat(d.driftedFeatures()).containsExactly("x");
        assertThat(d.driftShare()).isCloseTo(1 / 3.0, within(1e-12));
        FeatureDrift x = feature(d, "x");
        // A location shift of 0.5 standard deviations: Wasserstein 0.5 σ, KS 2Φ(0.25) − 1 ≈ 0.197.
        assertThat(x.score()).isCloseTo(0.5, within(0.06));
        assertThat(x.scores().get("ks_statistic")).isCloseTo(0.197, within(0.03));
        assertThat(x.scores().get("ks_p_value")).isLessThan(1e-10);
        assertThat(x.psi()).isGreaterThan(0.2);
    }

    @Test
    void changedSharesAreFlaggedOnTheCategory() {
        ReferenceProfile ref = DriftFixtures.reference(DriftFixtures.frame(5_000, 0, 0.4, 1));
        WindowDrift d = DriftAnalyzer.analyze(ref, DriftFixtures.frame(5_000, 0, 0.15, 100), null, OPTS);
        assertThat(d.driftedFeatures()).containsExactly("c");
        FeatureDrift c = feature(d, "c");
        assertThat(c.kind()).isEqualTo("categorical");
        assertThat(c.score()).isGreaterThan(0.1);
        assertThat(c.scores().get("chi2_p_value")).isLessThan(1e-10);
        double[] cur = c.distribution().current();
        assertThat(cur[c.distribution().labels().indexOf("a")]).isCloseTo(0.15, within(0.02));
    }

    @Test
    void smallReferencesGetKsAndChiSquared() {
        ReferenceProfile small = DriftFixtures.reference(DriftFixtures.frame(1_000, 0, 0.4, 1));
        ReferenceProfile large = DriftFixtures.reference(DriftFixtures.frame(1_001, 0, 0.4, 1));
        // Seeded, so no false alarm by chance (at p < 0.05 one seed in twenty gives one).
        Frame same = DriftFixtures.frame(800, 0, 0.4, 51);
        WindowDrift s = DriftAnalyzer.analyze(small, same, null, OPTS);
        assertThat(s.features()).extracting(FeatureDrift::test).containsExactly("ks", "ks", "chi2");
        assertThat(s.features()).allSatisfy(f -> assertThat(f.threshold()).isEqualTo(0.05));
        assertThat(s.driftedFeatures()).isEmpty();
        assertThat(DriftAnalyzer.analyze(large, same, null, OPTS).features()).extracting(FeatureDrift::test)
                .containsExactly("wasserstein", "wasserstein", "jensen_shannon");
        WindowDrift shifted = DriftAnalyzer.analyze(small, DriftFixtures.frame(800, 0.3, 0.2, 50), null, OPTS);
        assertThat(shifted.driftedFeatures()).containsExactly("x", "c");
        assertThat(feature(shifted, "x").score()).isEqualTo(feature(shifted, "x").scores().get("ks_p_value")).isLessThan(0.05);
    }

    @Test
    void aForcedTestDecidesEveryFeatureItAppliesTo() {
        ReferenceProfile ref = DriftFixtures.reference(DriftFixtures.frame(2_000, 0, 0.4, 1));
        Frame window = DriftFixtures.frame(2_000, 0.5, 0.4, 9);
        WindowDrift psi = DriftAnalyzer.analyze(ref, window, null, OPTS.withTest("psi"));
        assertThat(psi.features()).allSatisfy(f -> {
            assertThat(f.test()).isEqualTo("psi");
            assertThat(f.score()).isEqualTo(f.psi());
            assertThat(f.threshold()).isEqualTo(0.2);
        });
        assertThat(psi.driftedFeatures()).containsExactly("x");
        WindowDrift ks = DriftAnalyzer.analyze(ref, window, null, OPTS.withTest("ks"));
        assertThat(ks.features()).extracting(FeatureDrift::test).containsExactly("ks", "ks", "jensen_shannon");
        WindowDrift chi2 = DriftAnalyzer.analyze(ref, window, null, OPTS.withTest("chi2"));
        assertThat(feature(chi2, "x").test()).isEqualTo("chi2");
        assertThat(feature(chi2, "x").scores().get("chi2_p_value")).isLessThan(1e-6);
        // The reference's bins come from a randomised KLL sketch (a share error of up to ~1 %), which a chi-squared
        // test on 2000 rows feels: over 50 sketches the unmoved feature's p-value never fell below 0.018.
        assertThat(feature(chi2, "z").scores().get("chi2_p_value")).isGreaterThan(1e-3);
        assertThatThrownBy(() -> OPTS.withTest("t-test")).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("t-test").hasMessageContaining("jensen_shannon");
    }

    @Test
    void predictionsAreComparedWithTheReferencePredictions() {
        Frame f = DriftFixtures.frame(3_000, 0, 0.4, 1);
        ReferenceProfile ref = ProfileBuilder.reference(f, null, DoubleColumn.of("score", DriftFixtures.normal(3_000, 0, 5)), f, 7);
        Frame window = DriftFixtures.frame(3_000, 0, 0.4, 2);
        WindowDrift same = DriftAnalyzer.analyze(ref, window, DoubleColumn.of("p", DriftFixtures.normal(3_000, 0, 6)), OPTS);
        assertThat(same.prediction().feature()).isEqualTo("prediction");
        assertThat(same.prediction().drifted()).isFalse();
        assertThat(same.driftShare()).isZero();
        WindowDrift moved = DriftAnalyzer.analyze(ref, window, DoubleColumn.of("p", DriftFixtures.normal(3_000, 1, 6)), OPTS);
        assertThat(moved.prediction().drifted()).isTrue();
        // Prediction drift is not feature drift.
        assertThat(moved.driftedFeatures()).isEmpty();
        assertThatThrownBy(() -> DriftAnalyzer.analyze(ref, window, CategoricalColumn.fromStrings("p", DriftFixtures.levels(3_000, 0.5, 0.5, 1)), OPTS))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("predictions are categorical")
                .hasMessageContaining("numeric scores");
    }

    @Test
    void badWindowsGetErrorsNamingTheProblem() {
        ReferenceProfile ref = DriftFixtures.reference(DriftFixtures.frame(500, 0, 0.4, 1));
        Frame full = DriftFixtures.frame(100, 0, 0.4, 2);
        assertThatThrownBy(() -> DriftAnalyzer.analyze(ref, full.without("z", "c"), null, OPTS))
                .isInstanceOf(ModelyardException.class)
                .hasMessageContaining("missing columns z, c").hasMessageContaining("profiles x, z, c");
        String[] text = new String[100];
        Arrays.fill(text, "v");
        Frame textX = full.without("x").with(TextColumn.of("x", text));
        assertThatThrownBy(() -> DriftAnalyzer.analyze(ref, textX, null, OPTS))
                .isInstanceOf(ModelyardException.class)
                .hasMessageContaining("'x' is text in the window but was profiled as numeric (double)");
        assertThatThrownBy(() -> DriftAnalyzer.analyze(ref, full.select(new int[0]), null, OPTS))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("window has no rows");
    }

    @Test
    void numbersAreComparedByTheirTextWhereCategoriesWereProfiled() {
        String[] codes = new String[2_000];
        long[] asNumbers = new long[2_000];
        for (int i = 0; i < codes.length; i++) {
            asNumbers[i] = i % 3 + 1;
            codes[i] = Long.toString(asNumbers[i]);
        }
        ReferenceProfile ref = DriftFixtures.reference(Frame.of(CategoricalColumn.fromStrings("k", codes)));
        WindowDrift d = DriftAnalyzer.analyze(ref, Frame.of(LongColumn.of("k", asNumbers, new java.util.BitSet())), null, OPTS);
        FeatureDrift k = d.features().get(0);
        assertThat(k.drifted()).isFalse();
        assertThat(k.scores().get("jensen_shannon")).isZero();
        assertThat(k.distribution().labels()).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void unseenLevelsFallIntoOther() {
        ReferenceProfile ref = DriftFixtures.reference(DriftFixtures.frame(2_000, 0, 0.4, 1));
        String[] levels = DriftFixtures.levels(2_000, 0.4, 0.3, 3);
        for (int i = 0; i < 600; i++) {
            levels[i] = "new-" + (i % 7);
        }
        Frame window = DriftFixtures.frame(2_000, 0, 0.4, 3).without("c").with(CategoricalColumn.fromStrings("c", levels));
        FeatureDrift c = feature(DriftAnalyzer.analyze(ref, window, null, OPTS), "c");
        assertThat(c.distribution().labels()).hasSize(4).startsWith("a").endsWith("(other)");
        assertThat(c.distribution().reference()[3]).isZero();
        assertThat(c.distribution().current()[3]).isCloseTo(0.3, within(1e-12));
        assertThat(c.drifted()).isTrue();
    }

    @Test
    void aFeatureMissingThroughoutTheWindowHasDrifted() {
        ReferenceProfile ref = DriftFixtures.reference(DriftFixtures.frame(2_000, 0, 0.4, 1));
        double[] nan = new double[500];
        Arrays.fill(nan, Double.NaN);
        Frame window = DriftFixtures.frame(500, 0, 0.4, 3).without("x").with(DoubleColumn.of("x", nan));
        FeatureDrift x = feature(DriftAnalyzer.analyze(ref, window, null, OPTS), "x");
        assertThat(x.drifted()).isTrue();
        assertThat(x.currentRows()).isZero();
        assertThat(x.scores().get("missing_rate_current")).isEqualTo(1.0);
        assertThat(x.scores().get("missing_rate_reference")).isZero();
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        ReferenceProfile ref = DriftFixtures.reference(DriftFixtures.frame(3_000, 0, 0.4, 1));
        Frame window = DriftFixtures.frame(3_000, 0.2, 0.3, 4);
        List<FeatureDrift> one = DriftAnalyzer.analyze(ref, window, null, OPTS.withThreads(1)).features();
        List<FeatureDrift> four = DriftAnalyzer.analyze(ref, window, null, OPTS.withThreads(4)).features();
        for (int i = 0; i < one.size(); i++) {
            assertThat(four.get(i).scores()).isEqualTo(one.get(i).scores());
            assertThat(four.get(i).drifted()).isEqualTo(one.get(i).drifted());
        }
    }
}
