package dev.modelyard.serving.model;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Names;
import dev.modelyard.serving.routing.Routing;
import dev.modelyard.serving.routing.Split;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model name as served: its loaded versions (oldest first) and how traffic is routed among them. Immutable;
 * a change (new version, new split) is a new instance swapped in by {@link ServedModels}.
 */
public record ServedModel(String name, Map<String, LoadedModel> versions, Routing routing) {
    public ServedModel {
        versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        for (Split s : routing.splits()) {
            requireVersion(versions, name, s.version());
        }
        if (routing.shadow() != null) {
            requireVersion(versions, name, routing.shadow());
        }
    }

    /** A name serving one model version. */
    public static ServedModel of(LoadedModel m) {
        return new ServedModel(m.name(), Map.of(m.version(), m), Routing.single(m.version()));
    }

    /** This name with {@code m} added and taking all traffic; at most {@code keep} versions are retained. */
    public ServedModel promote(LoadedModel m, int keep) {
        Map<String, LoadedModel> v = new LinkedHashMap<>(versions);
        v.remove(m.version());
        v.put(m.version(), m);
        while (v.size() > Math.max(1, keep)) {
            v.remove(v.keySet().iterator().next());
        }
        return new ServedModel(name, v, Routing.single(m.version()));
    }

    /** This name with another version added, routing unchanged. */
    public ServedModel with(LoadedModel m) {
        Map<String, LoadedModel> v = new LinkedHashMap<>(versions);
        v.put(m.version(), m);
        return new ServedModel(name, v, routing);
    }

    public ServedModel withRouting(Routing r) {
        return new ServedModel(name, versions, r);
    }

    /** A loaded version, or NOT_FOUND naming the ones that are loaded. */
    public LoadedModel version(String v) {
        return requireVersion(versions, name, v);
    }

    /** The version the split picks for a request key. */
    public LoadedModel route(String key) {
        return versions.get(routing.pick(key));
    }

    /** The shadow version, or null. */
    public LoadedModel shadow() {
        return routing.shadow() == null ? null : versions.get(routing.shadow());
    }

    /** The version describing the name (metadata, default answers): the first arm of the split. */
    public LoadedModel primary() {
        return versions.get(routing.splits().get(0).version());
    }

    private static LoadedModel requireVersion(Map<String, LoadedModel> versions, String name, String v) {
        LoadedModel m = versions.get(v);
        if (m == null) {
            throw ModelyardException.notFound("model '" + name + "' has no loaded version '" + v + "'"
                    + Names.suggestion(v, versions.keySet()).replace("columns:", "loaded versions:"));
        }
        return m;
    }
}
