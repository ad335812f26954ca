package dev.modelyard.cli.command.monitoring;

import dev.modelyard.cli.console.TextTable;
import dev.modelyard.monitoring.result.Alert;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.monitoring.result.WindowResult;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

/** The console form of a monitoring report: one line per window, then the latest window's features. */
final class ReportPrinter {
    private ReportPrinter() {}

    static void print(MonitoringReport r, PrintWriter o) {
        TextTable t = new TextTable("window", "rows", "drifted", "domain auc", "prediction", "performance", "alerts");
        for (WindowResult w : r.windows()) {
            var d = w.drift();
            t.row(w.window(), String.format("%,d", w.rows()),
                    String.format("%d/%d (%.0f%%)%s", d.driftedFeatures().size(), d.features().size(), 100 * d.driftShare(), d.datasetDrift() ? " DRIFT" : ""),
                    d.domain() == null ? "-" : String.format("%.3f%s", d.domain().auc(), d.domain().drifted() ? " DRIFT" : ""),
                    d.prediction() == null ? "-" : (d.prediction().drifted() ? "drifted" : "stable"),
                    performance(w.performance()), w.alerts().size());
        }
        o.print(t.render());
        if (r.windows().isEmpty()) {
            return;
        }
        WindowResult last = r.windows().get(r.windows().size() - 1);
        o.printf("%nFeatures in window %s (drifted first):%n", last.window());
        TextTable f = new TextTable("feature", "test", "score", "threshold", "psi", "drifted");
        List<FeatureDrift> sorted = last.drift().features().stream()
                .sorted(Comparator.comparing((FeatureDrift x) -> !x.drifted()).thenComparing(x -> -x.psi())).toList();
        for (FeatureDrift x : sorted) {
            f.row(x.feature(), x.test(), String.format("%.4f", x.score()), String.format("%.4g", x.threshold()),
                    String.format("%.4f", x.psi()), x.drifted() ? "yes" : "");
        }
        o.print(f.render());
        if (last.drift().domain() != null && !last.drift().domain().topFeatures().isEmpty()) {
            o.printf("Domain classifier (AUC %.3f) separates the data most by: %s%n", last.drift().domain().auc(),
                    String.join(", ", last.drift().domain().topFeatures().stream().limit(5).map(x -> x.feature()).toList()));
        }
        long alerts = r.windows().stream().mapToLong(w -> w.alerts().size()).sum();
        if (alerts > 0) {
            o.printf("%nAlerts:%n");
            for (WindowResult w : r.windows()) {
                for (Alert a : w.alerts()) {
                    o.printf("  [%s] %s: %s%n", a.severity(), a.window(), a.message());
                }
            }
        }
        if (r.skippedLines() > 0) {
            o.printf("%nnote: %,d malformed log lines were skipped%n", r.skippedLines());
        }
    }

    private static String performance(WindowPerformance p) {
        if (p == null) {
            return "-";
        }
        String value = !Double.isNaN(p.realised()) ? String.format("%s %.4f", p.metric(), p.realised())
                : !Double.isNaN(p.estimated()) ? String.format("%s ~%.4f (est.)", p.metric(), p.estimated()) : "no labels";
        return value + String.format(" [%.4f, %.4f]", p.lower(), p.upper()) + (p.degraded() ? " DEGRADED" : "");
    }
}
