package dev.modelyard.monitoring.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ModelyardException;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Reads the JSON that {@link JsonReport} writes; nulls read back as NaN. */
final class JsonReportReader {
    private JsonReportReader() {}

    static MonitoringReport report(JsonNode j, String source) {
        try {
            List<WindowResult> windows = new ArrayList<>();
            for (JsonNode w : array(j, "windows")) {
                windows.add(window(w, source));
            }
            return new MonitoringReport(text(j, "model"), text(j, "version"), j.path("referenceRows").asLong(),
                    time(j.get("created")), windows, j.path("skippedLines").asLong());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ModelyardException.invalid(source + " is not a monitoring report: " + e.getMessage());
        }
    }

    static Alert alert(JsonNode a, String source) {
        if (a == null || !a.isObject()) {
            throw ModelyardException.invalid(source + ": an alert must be a JSON object");
        }
        return new Alert(text(a, "rule"), text(a, "severity"), text(a, "window"), text(a, "message"), num(a, "value"), num(a, "threshold"));
    }

    private static WindowResult window(JsonNode w, String source) {
        List<Alert> alerts = new ArrayList<>();
        for (JsonNode a : array(w, "alerts")) {
            alerts.add(alert(a, source));
        }
        JsonNode p = w.get("performance");
        return new WindowResult(text(w, "window"), time(w.get("start")), time(w.get("end")), w.path("rows").asLong(),
                present(w.get("drift")) ? drift(w.get("drift")) : null, present(p) ? performance(p) : null, alerts);
    }

    private static WindowDrift drift(JsonNode d) {
        List<FeatureDrift> features = new ArrayList<>();
        for (JsonNode f : array(d, "features")) {
            features.add(feature(f));
        }
        JsonNode dom = d.get("domain");
        DomainDrift domain = null;
        if (present(dom)) {
            List<DomainDrift.FeatureImportance> top = new ArrayList<>();
            for (JsonNode t : array(dom, "topFeatures")) {
                top.add(new DomainDrift.FeatureImportance(text(t, "feature"), num(t, "importance")));
            }
            domain = new DomainDrift(num(dom, "auc"), num(dom, "threshold"), dom.path("drifted").asBoolean(), top);
        }
        return new WindowDrift(features, num(d, "driftShare"), num(d, "shareThreshold"), d.path("datasetDrift").asBoolean(),
                present(d.get("prediction")) ? feature(d.get("prediction")) : null, domain);
    }

    private static FeatureDrift feature(JsonNode f) {
        Map<String, Double> scores = new HashMap<>();
        for (Iterator<String> it = f.path("scores").fieldNames(); it.hasNext(); ) {
            String k = it.next();
            scores.put(k, num(f.get("scores"), k));
        }
        JsonNode d = f.get("distribution");
        Distribution dist = null;
        if (present(d)) {
            List<String> labels = new ArrayList<>();
            array(d, "labels").forEach(l -> labels.add(l.asText()));
            dist = new Distribution(labels, Json.toDoubles(array(d, "reference")), Json.toDoubles(array(d, "current")));
        }
        return new FeatureDrift(text(f, "feature"), text(f, "kind"), text(f, "test"), num(f, "score"), num(f, "threshold"),
                f.path("drifted").asBoolean(), num(f, "psi"), scores, f.path("currentRows").asLong(), dist);
    }

    private static WindowPerformance performance(JsonNode p) {
        return new WindowPerformance(text(p, "metric"), p.path("labelled").asLong(), num(p, "realised"), num(p, "estimated"),
                num(p, "reference"), num(p, "lower"), num(p, "upper"), p.path("degraded").asBoolean(), p.path("greaterIsBetter").asBoolean());
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode();
    }

    private static JsonNode array(JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException("'" + field + "' should be an array");
        }
        return a;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static double num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? Double.NaN : v.doubleValue();
    }

    private static Instant time(JsonNode n) {
        return n == null || n.isNull() ? null : Instant.parse(n.asText());
    }
}
