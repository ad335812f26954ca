package dev.modelyard.monitoring.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.result.Alert;
import dev.modelyard.monitoring.result.Distribution;
import dev.modelyard.monitoring.result.DomainDrift;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.result.WindowDrift;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.monitoring.result.WindowResult;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A monitoring report as JSON for scripts: per window the drift findings (per feature: test, score, threshold,
 * drifted or not, PSI, every statistic, binned distributions), the domain classifier, performance and alerts.
 * Numbers that are not finite (NaN: not computed) are written as null; {@link #fromJson} reads the same shape back.
 */
public final class JsonReport {
    private JsonReport() {}

    public static ObjectNode toJson(MonitoringReport r) {
        ObjectNode o = Json.object();
        o.put("model", r.model());
        o.put("version", r.version());
        o.put("created", time(r.created()));
        o.put("referenceRows", r.referenceRows());
        o.put("skippedLines", r.skippedLines());
        ArrayNode windows = o.putArray("windows");
        for (WindowResult w : r.windows()) {
            windows.add(window(w));
        }
        return o;
    }

    /** Reads what {@link #toJson} wrote (e.g. a stored report); a malformed document is a {@code ModelyardException}. */
    public static MonitoringReport fromJson(JsonNode json, String source) {
        return JsonReportReader.report(json, source);
    }

    /** One alert: rule, severity, window, message, value, threshold. */
    public static ObjectNode alert(Alert a) {
        ObjectNode o = Json.object();
        o.put("rule", a.rule());
        o.put("severity", a.severity());
        o.put("window", a.window());
        o.put("message", a.message());
        number(o, "value", a.value());
        number(o, "threshold", a.threshold());
        return o;
    }

    /** Reads an alert written by {@link #alert(Alert)}. */
    public static Alert alertFromJson(JsonNode a) {
        return JsonReportReader.alert(a, "alert");
    }

    private static ObjectNode window(WindowResult w) {
        ObjectNode o = Json.object();
        o.put("window", w.window());
        o.put("start", time(w.start()));
        o.put("end", time(w.end()));
        o.put("rows", w.rows());
        o.set("drift", w.drift() == null ? null : drift(w.drift()));
        o.set("performance", w.performance() == null ? null : performance(w.performance()));
        ArrayNode alerts = o.putArray("alerts");
        w.alerts().forEach(a -> alerts.add(alert(a)));
        return o;
    }

    private static ObjectNode drift(WindowDrift d) {
        ObjectNode o = Json.object();
        number(o, "driftShare", d.driftShare());
        o.put("datasetDrift", d.datasetDrift());
        number(o, "shareThreshold", d.shareThreshold());
        ArrayNode features = o.putArray("features");
        d.features().forEach(f -> features.add(feature(f)));
        o.set("prediction", d.prediction() == null ? null : feature(d.prediction()));
        o.set("domain", d.domain() == null ? null : domain(d.domain()));
        return o;
    }

    static ObjectNode feature(FeatureDrift f) {
        ObjectNode o = Json.object();
        o.put("feature", f.feature());
        o.put("kind", f.kind());
        o.put("test", f.test());
        number(o, "score", f.score());
        number(o, "threshold", f.threshold());
        o.put("drifted", f.drifted());
        number(o, "psi", f.psi());
        ObjectNode scores = o.putObject("scores");
        for (Map.Entry<String, Double> e : new TreeMap<>(f.scores()).entrySet()) {
            number(scores, e.getKey(), e.getValue() == null ? Double.NaN : e.getValue());
        }
        o.put("currentRows", f.currentRows());
        Distribution dist = f.distribution();
        if (dist != null) {
            ObjectNode d = o.putObject("distribution");
            ArrayNode labels = d.putArray("labels");
            dist.labels().forEach(labels::add);
            d.set("reference", Json.doubles(dist.reference()));
            d.set("current", Json.doubles(dist.current()));
        }
        return o;
    }

    private static ObjectNode domain(DomainDrift d) {
        ObjectNode o = Json.object();
        number(o, "auc", d.auc());
        number(o, "threshold", d.threshold());
        o.put("drifted", d.drifted());
        ArrayNode top = o.putArray("topFeatures");
        for (DomainDrift.FeatureImportance fi : d.topFeatures()) {
            ObjectNode t = top.addObject();
            t.put("feature", fi.feature());
            number(t, "importance", fi.importance());
        }
        return o;
    }

    private static ObjectNode performance(WindowPerformance p) {
        ObjectNode o = Json.object();
        o.put("metric", p.metric());
        o.put("labelled", p.labelled());
        number(o, "realised", p.realised());
        number(o, "estimated", p.estimated());
        number(o, "reference", p.reference());
        number(o, "lower", p.lower());
        number(o, "upper", p.upper());
        o.put("degraded", p.degraded());
        o.put("greaterIsBetter", p.greaterIsBetter());
        return o;
    }

    /** A number, or null when it is NaN or infinite (JSON has neither). */
    static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
