package dev.modelyard.monitoring.alert;

import dev.modelyard.monitoring.result.Alert;
import dev.modelyard.monitoring.result.DomainDrift;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.WindowDrift;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.monitoring.result.WindowResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Applies alert rules to a window's findings. Pure: nothing is sent or remembered here. */
public final class AlertRules {
    private AlertRules() {}

    /**
     * The alerts the rules raise on a window, in rule order, from its drift and performance findings
     * ({@link WindowResult#alerts()} is not read). When rules of the same kind on the same features fire together
     * (PSI ≥ 0.1 warning and PSI ≥ 0.2 critical), only the most severe is kept.
     */
    public static List<Alert> evaluate(AlertConfig config, WindowResult w) {
        List<Alert> fired = new ArrayList<>();
        List<AlertRule> by = new ArrayList<>();
        for (AlertRule r : config.rules()) {
            Alert a = check(r, w);
            if (a != null) {
                fired.add(a);
                by.add(r);
            }
        }
        List<Alert> out = new ArrayList<>();
        for (int i = 0; i < fired.size(); i++) {
            AlertRule r = by.get(i);
            boolean outranked = false;
            for (int j = 0; j < fired.size(); j++) {
                AlertRule o = by.get(j);
                outranked |= o.when() == r.when() && o.features().equals(r.features())
                        && rank(o.severity()) > rank(r.severity());
            }
            if (!outranked) {
                out.add(fired.get(i));
            }
        }
        return out;
    }

    private static int rank(String severity) {
        return AlertRule.CRITICAL.equals(severity) ? 1 : 0;
    }

    private static Alert check(AlertRule r, WindowResult w) {
        WindowDrift d = w.drift();
        WindowPerformance p = w.performance();
        return switch (r.when()) {
            case DATASET_DRIFT -> d == null ? null : datasetDrift(r, w.window(), d);
            case FEATURE_DRIFT -> d == null ? null : featureDrift(r, w.window(), d);
            case PSI -> d == null ? null : psi(r, w.window(), d);
            case DOMAIN_AUC -> d == null || d.domain() == null ? null : domain(r, w.window(), d.domain());
            case PREDICTION_DRIFT -> d == null || d.prediction() == null || !d.prediction().drifted() ? null
                    : alert(r, w.window(), "the distribution of predictions drifted (" + verdict(d.prediction()) + ")",
                    d.prediction().score(), d.prediction().threshold());
            case PERFORMANCE_DEGRADED -> p == null || p.labelled() == 0 ? null
                    : performance(r, w.window(), p, p.realised(), "on " + p.labelled() + " labelled rows");
            case ESTIMATED_PERFORMANCE_DEGRADED -> p == null ? null : performance(r, w.window(), p, p.estimated(), "estimated without labels");
        };
    }

    private static Alert datasetDrift(AlertRule r, String window, WindowDrift d) {
        double threshold = Double.isNaN(r.threshold()) ? d.shareThreshold() : r.threshold();
        if (d.features().isEmpty() || !(d.driftShare() >= threshold)) {
            return null;
        }
        List<String> drifted = d.driftedFeatures();
        return alert(r, window, drifted.size() + " of " + d.features().size() + " features drifted (" + percent(d.driftShare())
                + " ≥ " + percent(threshold) + "): " + listed(drifted), d.driftShare(), threshold);
    }

    private static Alert featureDrift(AlertRule r, String window, WindowDrift d) {
        List<FeatureDrift> drifted = watched(r, d).stream().filter(FeatureDrift::drifted).toList();
        if (drifted.isEmpty()) {
            return null;
        }
        String what = drifted.stream().limit(10).map(f -> f.feature() + " (" + verdict(f) + ")").collect(Collectors.joining(", "));
        return alert(r, window, "drifted: " + what + (drifted.size() > 10 ? ", …" : ""), drifted.size(), Double.NaN);
    }

    private static Alert psi(AlertRule r, String window, WindowDrift d) {
        FeatureDrift worst = null;
        for (FeatureDrift f : watched(r, d)) {
            if (!Double.isNaN(f.psi()) && (worst == null || f.psi() > worst.psi())) {
                worst = f;
            }
        }
        if (worst == null || worst.psi() < r.threshold()) {
            return null;
        }
        return alert(r, window, "PSI of '" + worst.feature() + "' is " + num(worst.psi()) + " ≥ " + num(r.threshold()),
                worst.psi(), r.threshold());
    }

    private static Alert domain(AlertRule r, String window, DomainDrift dd) {
        double threshold = Double.isNaN(r.threshold()) ? dd.threshold() : r.threshold();
        if (!(dd.auc() >= threshold)) {
            return null;
        }
        String top = dd.topFeatures().stream().limit(5).map(DomainDrift.FeatureImportance::feature).collect(Collectors.joining(", "));
        return alert(r, window, "a classifier tells this window from the reference with AUC " + num(dd.auc()) + " ≥ " + num(threshold)
                + (top.isEmpty() ? "" : "; it separates them most by " + top), dd.auc(), threshold);
    }

    private static Alert performance(AlertRule r, String window, WindowPerformance p, double value, String how) {
        if (Double.isNaN(value)) {
            return null;
        }
        boolean worse = p.greaterIsBetter() ? value < p.lower() : value > p.upper();
        if (!worse) {
            return null;
        }
        double edge = p.greaterIsBetter() ? p.lower() : p.upper();
        return alert(r, window, p.metric() + " " + num(value) + " " + how + " is " + (p.greaterIsBetter() ? "below" : "above")
                + " the expected band [" + num(p.lower()) + ", " + num(p.upper()) + "] around the training estimate "
                + num(p.reference()), value, edge);
    }

    private static List<FeatureDrift> watched(AlertRule r, WindowDrift d) {
        return r.features().isEmpty() ? d.features()
                : d.features().stream().filter(f -> r.features().contains(f.feature())).toList();
    }

    private static Alert alert(AlertRule r, String window, String message, double value, double threshold) {
        return new Alert(r.name(), r.severity(), window, message, value, threshold);
    }

    private static String verdict(FeatureDrift f) {
        boolean pValue = Objects.equals(f.test(), "ks") || Objects.equals(f.test(), "chi2");
        return f.test() + (pValue ? " p-value " + num(f.score()) + " < " : " " + num(f.score()) + " ≥ ") + num(f.threshold());
    }

    private static String listed(List<String> names) {
        return names.size() <= 10 ? String.join(", ", names) : String.join(", ", names.subList(0, 10)) + ", …";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String num(double v) {
        return Math.abs(v) >= 1e-3 || v == 0 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%.2g", v);
    }
}
