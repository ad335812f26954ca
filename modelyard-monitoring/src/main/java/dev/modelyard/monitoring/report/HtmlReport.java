package dev.modelyard.monitoring.report;

import static dev.modelyard.monitoring.report.Html.escape;
import static dev.modelyard.monitoring.report.Html.number;
import static dev.modelyard.monitoring.report.Html.percent;

import dev.modelyard.monitoring.result.Alert;
import dev.modelyard.monitoring.result.DomainDrift;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.result.WindowDrift;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.monitoring.result.WindowResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A monitoring report as one self-contained HTML page: no scripts, fonts, stylesheets or images from elsewhere;
 * charts are inline SVG and every number is also in a table, so it reads without JavaScript or network. All text
 * from data (model, feature and level names) is escaped.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1140px;padding:0 16px;color:#1d2430}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #dde2e8;padding-bottom:4px}
            table{border-collapse:collapse;margin:6px 0 10px}th,td{padding:3px 10px;border-bottom:1px solid #e6e9ee;text-align:left}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}tr.drifted td{background:#fdeaea}
            .critical{color:#b3261e;font-weight:600}.warning{color:#9a6700;font-weight:600}.ok{color:#1a7f37}
            dl.meta{display:grid;grid-template-columns:max-content auto;gap:2px 14px;margin:8px 0}dl.meta dt{color:#5b6673}dl.meta dd{margin:0}
            figure{display:inline-block;margin:6px 14px 10px 0;vertical-align:top}figcaption{font-weight:600;margin-bottom:2px}
            .legend span{display:inline-block;width:11px;height:11px;margin:0 4px 0 12px;vertical-align:-1px}
            svg .grid{stroke:#e3e7ec}svg .tick{font-size:11px;fill:#5b6673}
            svg path{fill:none !important;stroke-width:2}svg circle{stroke-dasharray:none}svg .share{stroke:#c2410c;fill:#c2410c}svg .auc{stroke:#2563eb;fill:#2563eb}
            svg .share-t{stroke:#c2410c;stroke-dasharray:5 4}svg .auc-t{stroke:#2563eb;stroke-dasharray:2 4}
            svg .real{stroke:#111827;fill:#111827}svg .est{stroke:#7c3aed;fill:#7c3aed;stroke-dasharray:5 4}
            svg .ref{stroke:#6b7280;stroke-dasharray:3 3;fill:#9db4cf}svg path.band{fill:#d1fae5 !important;stroke:none}svg rect.band{fill:#d1fae5;stroke:none}
            svg rect.ref{stroke:none}svg rect.cur{fill:#f59e0b;stroke:none}
            .k-share{background:#c2410c}.k-auc{background:#2563eb}.k-real{background:#111827}.k-est{background:#7c3aed}
            .k-band{background:#d1fae5}.k-ref{background:#9db4cf}.k-cur{background:#f59e0b}
            """;

    private HtmlReport() {}

    public static String render(MonitoringReport r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>Monitoring report: ").append(escape(r.model())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        header(h, r);
        alerts(h, r.windows());
        if (!r.windows().isEmpty()) {
            timelines(h, r.windows());
            performance(h, r.windows());
            latest(h, r.windows().get(r.windows().size() - 1));
        }
        return h.append("</body></html>\n").toString();
    }

    private static void header(StringBuilder h, MonitoringReport r) {
        long critical = r.windows().stream().flatMap(w -> w.alerts().stream()).filter(a -> "critical".equals(a.severity())).count();
        long all = r.windows().stream().mapToLong(w -> w.alerts().size()).sum();
        h.append("<header><h1>Monitoring report: ").append(escape(r.model())).append("</h1><dl class=\"meta\">");
        meta(h, "Version", escape(r.version()));
        meta(h, "Reference rows", String.valueOf(r.referenceRows()));
        String span = r.windows().isEmpty() ? "" : " (" + escape(r.windows().get(0).window()) + " to "
                + escape(r.windows().get(r.windows().size() - 1).window()) + ")";
        meta(h, "Windows", r.windows().size() + span);
        meta(h, "Rows monitored", String.valueOf(r.windows().stream().mapToLong(WindowResult::rows).sum()));
        meta(h, "Alerts", all == 0 ? "<span class=\"ok\">none</span>"
                : all + " (" + "<span class=\"critical\">" + critical + " critical</span>, " + (all - critical) + " warning)");
        if (r.skippedLines() > 0) {
            meta(h, "Skipped log lines", r.skippedLines() + " (malformed)");
        }
        meta(h, "Created", escape(String.valueOf(r.created())));
        h.append("</dl></header>\n");
    }

    private static void meta(StringBuilder h, String name, String html) {
        h.append("<dt>").append(name).append("</dt><dd>").append(html).append("</dd>");
    }

    private static void alerts(StringBuilder h, List<WindowResult> ws) {
        h.append("<section><h2>Alerts</h2>");
        List<Alert> all = ws.stream().flatMap(w -> w.alerts().stream()).toList();
        if (all.isEmpty()) {
            h.append("<p>No alert in any window.</p></section>\n");
            return;
        }
        Table t = new Table("Window", "Severity", "Rule", "What happened");
        for (Alert a : all) {
            String cls = "critical".equals(a.severity()) ? "critical" : "warning";
            t.row(false, escape(a.window()), "<span class=\"" + cls + "\">" + escape(a.severity()) + "</span>", escape(a.rule()),
                    escape(a.message()));
        }
        h.append(t.html()).append("</section>\n");
    }

    private static void timelines(StringBuilder h, List<WindowResult> ws) {
        h.append("<section><h2>Drift across windows</h2>").append(Charts.driftTimeline(ws))
                .append("<p class=\"legend\"><span class=\"k-share\"></span>share of drifted features<span class=\"k-auc\"></span>")
                .append("domain-classifier AUC (dashed lines: their thresholds)</p>");
        Table t = new Table("Window", "#Rows", "#Drifted features", "Dataset drift", "#Domain AUC", "Prediction drift", "#Alerts");
        for (WindowResult w : ws) {
            WindowDrift d = w.drift();
            t.row(d != null && d.datasetDrift(), escape(w.window()), String.valueOf(w.rows()),
                    d == null ? "—" : d.driftedFeatures().size() + " of " + d.features().size() + " (" + percent(d.driftShare()) + ")",
                    d == null ? "—" : yesNo(d.datasetDrift()), d == null || d.domain() == null ? "—" : number(d.domain().auc()),
                    d == null || d.prediction() == null ? "—" : yesNo(d.prediction().drifted()), String.valueOf(w.alerts().size()));
        }
        h.append(t.html()).append("</section>\n");
    }

    private static void performance(StringBuilder h, List<WindowResult> ws) {
        String perf = Charts.performanceTimeline(ws);
        if (perf != null) {
            h.append("<section><h2>Performance across windows</h2>").append(perf)
                    .append("<p class=\"legend\"><span class=\"k-real\"></span>realised (labelled rows)<span class=\"k-est\"></span>")
                    .append("estimated without labels<span class=\"k-ref\"></span>training estimate<span class=\"k-band\"></span>expected band</p>");
            Table t = new Table("Window", "Metric", "#Labelled", "#Realised", "#Estimated", "#Training", "#Band", "Degraded");
            for (WindowResult w : ws) {
                WindowPerformance p = w.performance();
                if (p != null) {
                    t.row(p.degraded(), escape(w.window()), escape(p.metric()), String.valueOf(p.labelled()), number(p.realised()),
                            number(p.estimated()), number(p.reference()), number(p.lower()) + " – " + number(p.upper()), yesNo(p.degraded()));
                }
            }
            h.append(t.html()).append("</section>\n");
        }
    }

    private static void latest(StringBuilder h, WindowResult w) {
        WindowDrift d = w.drift();
        if (d == null) {
            return;
        }
        h.append("<section><h2>Drift scores in ").append(escape(w.window())).append("</h2>");
        Table t = new Table("Feature", "Kind", "Test", "#Score", "#Threshold", "#PSI", "#Current rows", "Drifted");
        for (FeatureDrift f : sorted(d)) {
            row(t, f, f.feature());
        }
        if (d.prediction() != null) {
            row(t, d.prediction(), "(predictions)");
        }
        h.append(t.html());
        DomainDrift dom = d.domain();
        if (dom != null) {
            h.append("<p>Domain classifier: AUC ").append(number(dom.auc())).append(" (threshold ").append(number(dom.threshold()))
                    .append(dom.drifted() ? ", <span class=\"critical\">drifted</span>" : ", not drifted").append(")");
            if (!dom.topFeatures().isEmpty()) {
                h.append("; it separates reference and window most by ");
                List<String> top = new ArrayList<>();
                dom.topFeatures().stream().limit(8)
                        .forEach(fi -> top.add(escape(fi.feature()) + " (" + percent(fi.importance()) + ")"));
                h.append(String.join(", ", top));
            }
            h.append(".</p>");
        }
        h.append("</section>\n<section><h2>Distributions in ").append(escape(w.window())).append("</h2>")
                .append("<p class=\"legend\"><span class=\"k-ref\"></span>reference<span class=\"k-cur\"></span>current window</p>");
        List<FeatureDrift> plotted = new ArrayList<>(sorted(d));
        if (d.prediction() != null) {
            plotted.add(d.prediction());
        }
        for (FeatureDrift f : plotted) {
            if (f.distribution() != null && !f.distribution().labels().isEmpty()) {
                h.append("<figure><figcaption").append(f.drifted() ? " class=\"critical\"" : "").append(">").append(escape(f.feature()))
                        .append(f.drifted() ? " (drifted)" : "").append("</figcaption>").append(Charts.distribution(f)).append("</figure>");
            }
        }
        h.append("</section>\n");
    }

    /** Drifted first, then by PSI, largest first (unknown PSI last). */
    private static List<FeatureDrift> sorted(WindowDrift d) {
        return d.features().stream().sorted(Comparator.comparing((FeatureDrift f) -> !f.drifted())
                .thenComparing(f -> Double.isNaN(f.psi()) ? Double.NEGATIVE_INFINITY : f.psi(), Comparator.reverseOrder())).toList();
    }

    private static void row(Table t, FeatureDrift f, String name) {
        t.row(f.drifted(), escape(name), escape(f.kind()), escape(f.test()), number(f.score()), number(f.threshold()), number(f.psi()),
                String.valueOf(f.currentRows()), f.drifted() ? "<span class=\"critical\">yes</span>" : "no");
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
