package dev.modelyard.serving.model;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Names;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The models of one server, by name. The whole table is one immutable map behind an {@link AtomicReference}:
 * a request reads it once and scores with what it saw, while a reload swaps in a new map, so no request ever
 * sees a half-updated model and none has to wait.
 */
public final class ServedModels {
    private final AtomicReference<Map<String, ServedModel>> table = new AtomicReference<>(Map.of());

    /** Adds or replaces a name. */
    public void put(ServedModel m) {
        update(m.name(), old -> m);
    }

    /** Atomically replaces the entry of {@code name} by {@code change(current)} (current may be null). */
    public ServedModel update(String name, UnaryOperator<ServedModel> change) {
        Map<String, ServedModel> next;
        ServedModel changed;
        Map<String, ServedModel> prev;
        do {
            prev = table.get();
            changed = change.apply(prev.get(name));
            Map<String, ServedModel> m = new LinkedHashMap<>(prev);
            m.put(name, changed);
            next = java.util.Collections.unmodifiableMap(m);
        } while (!table.compareAndSet(prev, next));
        return changed;
    }

    /** The served model, or NOT_FOUND listing what is served. */
    public ServedModel get(String name) {
        Map<String, ServedModel> t = table.get();
        ServedModel m = t.get(name);
        if (m == null) {
            throw ModelyardException.notFound("no model named '" + name + "' is served"
                    + Names.suggestion(name, t.keySet()).replace("columns:", "served models:"));
        }
        return m;
    }

    /** The served model or null. */
    public ServedModel find(String name) {
        return table.get().get(name);
    }

    public Collection<ServedModel> all() {
        return table.get().values();
    }

    public boolean isEmpty() {
        return table.get().isEmpty();
    }
}
