package dev.modelyard.monitoring.alert;

import static dev.modelyard.monitoring.report.SampleResults.auc;
import static dev.modelyard.monitoring.report.SampleResults.calm;
import static dev.modelyard.monitoring.report.SampleResults.domain;
import static dev.modelyard.monitoring.report.SampleResults.drift;
import static dev.modelyard.monitoring.report.SampleResults.numeric;
import static dev.modelyard.monitoring.report.SampleResults.window;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.monitoring.alert.AlertRule.Kind;
import dev.modelyard.monitoring.result.Alert;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.monitoring.result.WindowResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRulesTest {
    private static final AlertConfig DEFAULTS = AlertConfig.defaults();

    @Test
    void aCalmWindowRaisesNothing() {
        assertThat(AlertRules.evaluate(DEFAULTS, calm("w"))).isEmpty();
    }

    @Test
    void psiRaisesTheWarningOrOnlyTheCriticalAlertNamingTheWorstFeature() {
        WindowResult mild = window("w1", null, drift(List.of(numeric("age", 0.6, 0.15), numeric("hours", 0.6, 0.02)), null, null), null, List.of());
        List<Alert> a = AlertRules.evaluate(DEFAULTS, mild);
        assertThat(a).extracting(Alert::rule).containsExactly("psi_warning");
        assertThat(a.get(0).severity()).isEqualTo("warning");
        assertThat(a.get(0).value()).isEqualTo(0.15);
        assertThat(a.get(0).message()).contains("'age'");

        WindowResult strong = window("w2", null, drift(List.of(numeric("age", 0.6, 0.15), numeric("hours", 0.6, 0.4)), null, null), null, List.of());
        List<Alert> b = AlertRules.evaluate(DEFAULTS, strong);
        assertThat(b).extracting(Alert::rule).containsExactly("psi_critical");
        assertThat(b.get(0).window()).isEqualTo("w2");
        assertThat(b.get(0).message()).contains("'hours'");
        assertThat(b.get(0).threshold()).isEqualTo(0.2);
    }

    @Test
    void datasetDriftDomainAndPredictionDriftFireOnTheirFindings() {
        WindowResult w = window("w", null, drift(List.of(numeric("age", 0.01, 0.05), numeric("hours", 0.2, 0.05)),
                numeric("prediction", 0.001, 0.05), domain(0.72, "age", "hours")), null, List.of());
        List<Alert> a = AlertRules.evaluate(DEFAULTS, w);
        assertThat(a).extracting(Alert::rule).containsExactly("dataset_drift", "domain_auc", "prediction_drift");
        assertThat(a.get(0).value()).isEqualTo(0.5);
        assertThat(a.get(0).message()).contains("1 of 2").contains("age");
        assertThat(a.get(1).value()).isEqualTo(0.72);
        assertThat(a.get(1).message()).contains("age, hours");
    }

    @Test
    void performanceRulesLookAtTheBadSideOfTheBandOnly() {
        AlertConfig both = new AlertConfig(List.of(AlertRule.of("real", Kind.PERFORMANCE_DEGRADED, Double.NaN, "critical"),
                AlertRule.of("est", Kind.ESTIMATED_PERFORMANCE_DEGRADED, Double.NaN, "warning")), List.of());
        assertThat(AlertRules.evaluate(both, perf(auc(200, 0.75, 0.83)))).extracting(Alert::rule).containsExactly("real");
        assertThat(AlertRules.evaluate(both, perf(auc(0, Double.NaN, 0.7)))).extracting(Alert::rule).containsExactly("est");
        assertThat(AlertRules.evaluate(both, perf(auc(200, 0.95, 0.95)))).isEmpty(); // better than expected is no alert
        WindowPerformance rmse = new WindowPerformance("rmse", 50, 130.0, Double.NaN, 100.0, 90.0, 110.0, true, false);
        List<Alert> a = AlertRules.evaluate(both, perf(rmse));
        assertThat(a).extracting(Alert::rule).containsExactly("real");
        assertThat(a.get(0).threshold()).isEqualTo(110.0);
        assertThat(a.get(0).message()).contains("rmse").contains("above");
    }

    @Test
    void featureRulesWatchOnlyTheirFeaturesAndThresholdsOverrideTheWindows() {
        WindowResult w = window("w", null, drift(List.of(numeric("age", 0.01, 0.3), numeric("hours", 0.6, 0.02),
                numeric("sex", 0.6, 0.01)), null, domain(0.65)), null, List.of());
        AlertConfig c = new AlertConfig(List.of(
                new AlertRule("hours_drift", Kind.FEATURE_DRIFT, Double.NaN, "warning", List.of("hours")),
                new AlertRule("age_drift", Kind.FEATURE_DRIFT, Double.NaN, "warning", List.of("age", "sex")),
                new AlertRule("hours_psi", Kind.PSI, 0.1, "critical", List.of("hours")),
                AlertRule.of("share", Kind.DATASET_DRIFT, 0.3, "warning"),
                AlertRule.of("auc", Kind.DOMAIN_AUC, 0.7, "critical")), List.of());
        List<Alert> a = AlertRules.evaluate(c, w);
        assertThat(a).extracting(Alert::rule).containsExactly("age_drift", "share");
        assertThat(a.get(0).message()).contains("age").doesNotContain("sex");
    }

    private static WindowResult perf(WindowPerformance p) {
        return window("w", null, drift(List.of(numeric("age", 0.6, 0.01)), null, null), p, List.of());
    }
}
