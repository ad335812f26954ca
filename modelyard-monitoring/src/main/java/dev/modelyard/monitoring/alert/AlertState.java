package dev.modelyard.monitoring.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which (model, window, rule) alerts have fired, so a window evaluated again does not alert again. Kept in a JSON
 * file, {@code {"fired": {model: {window: [rule, …]}}}}, replaced atomically; the oldest windows of a model are
 * forgotten beyond {@value #MAX_WINDOWS}. Mutable, owned by one dispatcher.
 */
final class AlertState {
    static final int MAX_WINDOWS = 10_000;

    private final Map<String, Map<String, Set<String>>> fired = new LinkedHashMap<>();

    /** The state in {@code file} (empty when it does not exist). */
    static AlertState read(Path file) {
        AlertState s = new AlertState();
        JsonNode root = file == null ? null : JsonFiles.read(file, "alert state");
        if (root == null) {
            return s;
        }
        JsonNode models = root.path("fired");
        if (!models.isObject()) {
            throw ModelyardException.invalid("alert state " + file + " has no \"fired\" object; fix or delete it");
        }
        for (Iterator<Map.Entry<String, JsonNode>> m = models.fields(); m.hasNext(); ) {
            Map.Entry<String, JsonNode> model = m.next();
            for (Iterator<Map.Entry<String, JsonNode>> w = model.getValue().fields(); w.hasNext(); ) {
                Map.Entry<String, JsonNode> window = w.next();
                window.getValue().forEach(rule -> s.add(model.getKey(), window.getKey(), rule.asText()));
            }
        }
        return s;
    }

    boolean contains(String model, String window, String rule) {
        return fired.getOrDefault(model, Map.of()).getOrDefault(window, Set.of()).contains(rule);
    }

    void add(String model, String window, String rule) {
        Map<String, Set<String>> windows = fired.computeIfAbsent(model, k -> new LinkedHashMap<>());
        windows.computeIfAbsent(window, k -> new LinkedHashSet<>()).add(rule);
        Iterator<String> oldest = windows.keySet().iterator();
        while (windows.size() > MAX_WINDOWS) {
            oldest.next();
            oldest.remove();
        }
    }

    void write(Path file) throws IOException {
        ObjectNode root = Json.object();
        ObjectNode models = root.putObject("fired");
        fired.forEach((model, windows) -> {
            ObjectNode m = models.putObject(model);
            windows.forEach((window, rules) -> {
                ArrayNode a = m.putArray(window);
                rules.forEach(a::add);
            });
        });
        JsonFiles.write(file, root);
    }
}
