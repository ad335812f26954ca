package dev.modelyard.monitoring.report;

import dev.modelyard.monitoring.result.Alert;
import dev.modelyard.monitoring.result.Distribution;
import dev.modelyard.monitoring.result.DomainDrift;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.result.WindowDrift;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.monitoring.result.WindowResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hand-built monitoring results for tests of rules and reports. */
public final class SampleResults {
    private SampleResults() {}

    /** A numeric feature judged by KS (p-value {@code p} against 0.05) with the given PSI. */
    public static FeatureDrift numeric(String name, double p, double psi) {
        Distribution d = new Distribution(List.of("[0, 1)", "[1, 2)", "[2, 3]"), new double[] {0.3, 0.4, 0.3},
                new double[] {0.3 - psi / 4, 0.4, 0.3 + psi / 4});
        return new FeatureDrift(name, "numeric", "ks", p, 0.05, p < 0.05, psi,
                Map.of("psi", psi, "ks_p_value", p, "ks_statistic", 0.1, "missing_rate_current", Double.NaN), 500, d);
    }

    /** A categorical feature judged by chi-squared with the given levels' reference and current shares. */
    public static FeatureDrift categorical(String name, double p, double psi, List<String> levels, double[] ref, double[] cur) {
        return new FeatureDrift(name, "categorical", "chi2", p, 0.05, p < 0.05, psi, Map.of("psi", psi, "chi2_p_value", p), 480,
                new Distribution(levels, ref, cur));
    }

    public static WindowDrift drift(List<FeatureDrift> features, FeatureDrift prediction, DomainDrift domain) {
        double share = features.isEmpty() ? 0 : features.stream().filter(FeatureDrift::drifted).count() / (double) features.size();
        return new WindowDrift(features, share, 0.5, share >= 0.5, prediction, domain);
    }

    public static DomainDrift domain(double auc, String... top) {
        List<DomainDrift.FeatureImportance> fi = new java.util.ArrayList<>();
        for (int i = 0; i < top.length; i++) {
            fi.add(new DomainDrift.FeatureImportance(top[i], 1.0 / (i + 2)));
        }
        return new DomainDrift(auc, 0.6, auc >= 0.6, fi);
    }

    /** AUC-like performance with the band [0.80, 0.86] around 0.83. */
    public static WindowPerformance auc(long labelled, double realised, double estimated) {
        boolean degraded = (labelled > 0 ? realised : estimated) < 0.80;
        return new WindowPerformance("auc", labelled, realised, estimated, 0.83, 0.80, 0.86, degraded, true);
    }

    public static WindowResult window(String label, Instant start, WindowDrift drift, WindowPerformance perf, List<Alert> alerts) {
        return new WindowResult(label, start, start == null ? null : start.plusSeconds(86_400), 500, drift, perf, alerts);
    }

    public static WindowResult calm(String label) {
        return window(label, null, drift(List.of(numeric("age", 0.6, 0.01), numeric("hours", 0.4, 0.02)),
                numeric("prediction", 0.5, 0.01), domain(0.52, "age")), auc(100, 0.83, 0.84), List.of());
    }

    /** Three windows: calm, then drifting, then drifted with degraded performance and alerts; awkward names included. */
    public static MonitoringReport report() {
        Instant t = Instant.parse("2012-01-01T00:00:00Z");
        List<String> levels = List.of("Male", "Female", "<other>");
        WindowResult w1 = window("2012-01", t, drift(List.of(numeric("age", 0.6, 0.01), numeric("<script>alert(1)</script>", 0.7, 0.0),
                categorical("sex", 0.5, 0.01, levels, new double[] {0.67, 0.32, 0.01}, new double[] {0.66, 0.33, 0.01})),
                numeric("prediction", 0.5, 0.01), domain(0.51, "age")), auc(0, Double.NaN, 0.84), List.of());
        WindowResult w2 = window("2012-02", t.plusSeconds(31L * 86_400), drift(List.of(numeric("age", 0.01, 0.12),
                numeric("<script>alert(1)</script>", 0.7, 0.0),
                categorical("sex", 0.2, 0.05, levels, new double[] {0.67, 0.32, 0.01}, new double[] {0.6, 0.39, 0.01})),
                numeric("prediction", 0.2, 0.03), domain(0.58, "age", "sex")), auc(120, 0.81, 0.82), List.of());
        Alert a = new Alert("psi_critical", "critical", "2012-03", "PSI of 'sex' is 0.310 ≥ 0.200", 0.31, 0.2);
        WindowResult w3 = window("2012-03", t.plusSeconds(60L * 86_400), drift(List.of(numeric("age", 0.001, 0.15),
                numeric("<script>alert(1)</script>", 0.9, Double.NaN),
                categorical("sex", 1e-9, 0.31, levels, new double[] {0.67, 0.32, 0.01}, new double[] {0.9, 0.09, 0.01})),
                numeric("prediction", 0.01, 0.2), domain(0.71, "sex", "age")), auc(300, 0.74, 0.79), List.of(a));
        return new MonitoringReport("income & co", "3f2a9c", 32_561, Instant.parse("2024-05-01T12:00:00Z"), List.of(w1, w2, w3), 2);
    }
}
