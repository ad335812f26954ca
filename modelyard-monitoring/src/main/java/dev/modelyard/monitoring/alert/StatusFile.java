package dev.modelyard.monitoring.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.report.JsonReport;
import dev.modelyard.monitoring.result.Alert;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alert status file the status sink keeps and {@code modelyard monitor status} shows:
 * {@code {"models": {model: {"checked": time, "lastAlert": time|null, "alerts": [latest alerts]}}}}.
 */
public final class StatusFile {
    private StatusFile() {}

    /**
     * One model's status.
     *
     * @param checked   when alerts were last dispatched for it
     * @param lastAlert when it last raised a new alert (null: never)
     * @param alerts    the alerts raised then
     */
    public record ModelStatus(Instant checked, Instant lastAlert, List<Alert> alerts) {
        public ModelStatus {
            alerts = List.copyOf(alerts);
        }
    }

    /** Status per model, in file order; empty when the file does not exist yet. */
    public static Map<String, ModelStatus> read(Path file) {
        Path f = file.toAbsolutePath().normalize();
        JsonNode root = JsonFiles.read(f, "alert status");
        Map<String, ModelStatus> out = new LinkedHashMap<>();
        if (root == null) {
            return out;
        }
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("models").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode m = e.getValue();
                List<Alert> alerts = new ArrayList<>();
                m.path("alerts").forEach(a -> alerts.add(JsonReport.alertFromJson(a)));
                out.put(e.getKey(), new ModelStatus(time(m.get("checked")), time(m.get("lastAlert")), alerts));
            }
        } catch (DateTimeParseException e) {
            throw ModelyardException.invalid("alert status " + f + " holds a bad time: " + e.getParsedString());
        }
        return out;
    }

    /** Records a dispatch for {@code model}: when, and the newly fired alerts if there are any. */
    static void update(Path file, String model, List<Alert> fired, Instant now) throws IOException {
        Map<String, ModelStatus> all = read(file);
        ModelStatus old = all.get(model);
        all.put(model, fired.isEmpty() && old != null ? new ModelStatus(now, old.lastAlert(), old.alerts())
                : new ModelStatus(now, fired.isEmpty() ? null : now, fired));
        ObjectNode root = Json.object();
        ObjectNode models = root.putObject("models");
        all.forEach((name, s) -> {
            ObjectNode m = models.putObject(name);
            m.put("checked", s.checked() == null ? null : s.checked().toString());
            m.put("lastAlert", s.lastAlert() == null ? null : s.lastAlert().toString());
            ArrayNode a = m.putArray("alerts");
            s.alerts().forEach(x -> a.add(JsonReport.alert(x)));
        });
        JsonFiles.write(file, root);
    }

    private static Instant time(JsonNode n) {
        return n == null || n.isNull() ? null : Instant.parse(n.asText());
    }
}
