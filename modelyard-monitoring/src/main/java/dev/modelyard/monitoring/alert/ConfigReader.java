package dev.modelyard.monitoring.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Names;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.alert.AlertRule.Kind;
import dev.modelyard.monitoring.alert.AlertRule.ThresholdUse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads an {@link AlertConfig} file strictly: every problem names the file and the JSON path of the bad field. */
final class ConfigReader {
    private static final int DEFAULT_TIMEOUT_MS = 5000;

    private final String source;
    private final Path base;

    private ConfigReader(Path file) {
        this.source = file.toString();
        this.base = file.getParent();
    }

    static AlertConfig read(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw ModelyardException.notFound("alert config " + file + " does not exist");
        }
        JsonNode root;
        try {
            root = Json.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw ModelyardException.invalid("alert config " + file + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot read alert config " + file + ": " + e.getMessage());
        }
        return new ConfigReader(file).config(root);
    }

    private AlertConfig config(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw bad("$", "the config must be a JSON object with \"rules\" and/or \"sinks\"");
        }
        fields(root, "$", "rules", "sinks");
        List<AlertRule> rules = root.has("rules") ? rules(array(root.get("rules"), "$.rules")) : AlertConfig.defaultRules();
        List<AlertSink> sinks = new ArrayList<>();
        if (root.has("sinks")) {
            JsonNode s = array(root.get("sinks"), "$.sinks");
            for (int i = 0; i < s.size(); i++) {
                sinks.add(sink(s.get(i), "$.sinks[" + i + "]"));
            }
        } else {
            sinks.add(new AlertSink.Log());
        }
        return new AlertConfig(rules, sinks);
    }

    private List<AlertRule> rules(JsonNode a) {
        List<AlertRule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            String at = "$.rules[" + i + "]";
            AlertRule r = rule(a.get(i), at);
            if (!names.add(r.name())) {
                throw bad(at + ".name", "another rule is already named '" + r.name() + "': give each rule its own name");
            }
            out.add(r);
        }
        return out;
    }

    private AlertRule rule(JsonNode r, String at) {
        object(r, at);
        fields(r, at, "name", "when", "threshold", "severity", "features");
        String when = text(r, at, "when", null);
        Kind kind = Kind.byLabel(when);
        if (kind == null) {
            throw bad(at + ".when", "unknown rule kind '" + when + "'; accepted: " + String.join(", ", Kind.labels()));
        }
        String name = text(r, at, "name", when);
        String severity = text(r, at, "severity", AlertRule.WARNING);
        if (!severity.equals(AlertRule.WARNING) && !severity.equals(AlertRule.CRITICAL)) {
            throw bad(at + ".severity", "must be \"warning\" or \"critical\", not '" + severity + "'");
        }
        double threshold = threshold(r, at, kind);
        List<String> features = new ArrayList<>();
        if (r.has("features")) {
            if (!kind.perFeature()) {
                throw bad(at + ".features", "'" + when + "' does not watch single features (only feature_drift and psi do)");
            }
            JsonNode f = array(r.get("features"), at + ".features");
            for (int i = 0; i < f.size(); i++) {
                if (!f.get(i).isTextual() || f.get(i).textValue().isBlank()) {
                    throw bad(at + ".features[" + i + "]", "must be a feature name (a non-empty string)");
                }
                features.add(f.get(i).textValue());
            }
        }
        return new AlertRule(name, kind, threshold, severity, features);
    }

    private double threshold(JsonNode r, String at, Kind kind) {
        JsonNode t = r.get("threshold");
        if (t == null || t.isNull()) {
            if (kind.threshold() == ThresholdUse.REQUIRED) {
                throw bad(at + ".threshold", "'" + kind.label() + "' needs a threshold (e.g. 0.2)");
            }
            return Double.NaN;
        }
        if (kind.threshold() == ThresholdUse.NONE) {
            throw bad(at + ".threshold", "'" + kind.label() + "' takes no threshold (it uses the window's own verdict)");
        }
        if (!t.isNumber() || !Double.isFinite(t.doubleValue())) {
            throw bad(at + ".threshold", "must be a number, not " + t);
        }
        double v = t.doubleValue();
        boolean ok = switch (kind) {
            case DOMAIN_AUC -> v > 0.5 && v <= 1;
            case DATASET_DRIFT -> v > 0 && v <= 1;
            default -> v > 0;
        };
        if (!ok) {
            throw bad(at + ".threshold", v + " is out of range for '" + kind.label() + "' ("
                    + (kind == Kind.DOMAIN_AUC ? "an AUC above 0.5, at most 1" : kind == Kind.DATASET_DRIFT ? "a share in (0, 1]" : "positive") + ")");
        }
        return v;
    }

    private AlertSink sink(JsonNode s, String at) {
        object(s, at);
        String type = text(s, at, "type", null);
        return switch (type) {
            case "log" -> {
                fields(s, at, "type");
                yield new AlertSink.Log();
            }
            case "webhook" -> {
                fields(s, at, "type", "url", "timeoutMs");
                yield new AlertSink.Webhook(url(text(s, at, "url", null), at + ".url"), timeout(s.get("timeoutMs"), at + ".timeoutMs"));
            }
            case "status" -> {
                fields(s, at, "type", "path");
                Path p = Path.of(text(s, at, "path", null));
                yield new AlertSink.Status((p.isAbsolute() || base == null ? p : base.resolve(p)).toAbsolutePath().normalize());
            }
            default -> throw bad(at + ".type", "unknown sink type '" + type + "'; accepted: log, webhook, status");
        };
    }

    private URI url(String text, String at) {
        try {
            URI u = new URI(text);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw bad(at, "a webhook must be an http:// or https:// URL, not '" + text + "'");
            }
            if (u.getHost() == null || u.getHost().isEmpty()) {
                throw bad(at, "'" + text + "' has no host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw bad(at, "'" + text + "' is not a URL (" + e.getReason() + ")");
        }
    }

    private Duration timeout(JsonNode t, String at) {
        if (t == null || t.isNull()) {
            return Duration.ofMillis(DEFAULT_TIMEOUT_MS);
        }
        if (!t.canConvertToInt() || !t.isIntegralNumber() || t.intValue() < 1 || t.intValue() > 600_000) {
            throw bad(at, "must be milliseconds between 1 and 600000, not " + t);
        }
        return Duration.ofMillis(t.intValue());
    }

    private String text(JsonNode n, String at, String field, String fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw bad(at + "." + field, "is required");
            }
            return fallback;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw bad(at + "." + field, "must be a non-empty string, not " + v);
        }
        return v.textValue().trim();
    }

    private JsonNode array(JsonNode n, String at) {
        if (!n.isArray()) {
            throw bad(at, "must be a JSON array");
        }
        return n;
    }

    private void object(JsonNode n, String at) {
        if (!n.isObject()) {
            throw bad(at, "must be a JSON object");
        }
    }

    /** Unknown fields are errors: a misspelt "treshold" would otherwise be ignored silently. */
    private void fields(JsonNode n, String at, String... known) {
        List<String> allowed = List.of(known);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                List<String> close = Names.closest(f, allowed);
                throw bad(at + "." + f, "unknown field" + (close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)")
                        + "; accepted here: " + String.join(", ", allowed));
            }
        }
    }

    private ModelyardException bad(String at, String what) {
        return ModelyardException.invalid("alert config " + source + ": " + at + ": " + what);
    }
}
