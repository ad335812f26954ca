package dev.modelyard.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * A parameter record as a JSON tree, the same tree {@code Json.mapper().valueToTree} gives for records of plain
 * values (numbers, booleans, strings, enums, lists, nested records), without touching the {@link Json} mapper:
 * building that mapper cold costs ~0.2 s, which a model fit alone should not pay. Other value types fall back to
 * the mapper.
 */
public final class RecordNodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordNodes() {}

    /** The record's components, in declaration order, as an object. */
    public static ObjectNode of(Record record) {
        ObjectNode out = NODES.objectNode();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            out.set(c.getName(), value(read(c, record)));
        }
        return out;
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            if (!accessor.canAccess(record)) {
                accessor.setAccessible(true); // as Jackson does for a record that is not public
            }
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + c.getName(), e);
        }
    }

    private static JsonNode value(Object v) {
        return switch (v) {
            case null -> NODES.nullNode();
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Double d -> NODES.numberNode(d);
            case Float f -> NODES.numberNode(f);
            case Short s -> NODES.numberNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case String s -> NODES.textNode(s);
            case Enum<?> e -> NODES.textNode(e.name());
            case Record r -> of(r);
            case Collection<?> items -> {
                ArrayNode a = NODES.arrayNode();
                items.forEach(item -> a.add(value(item)));
                yield a;
            }
            default -> Json.mapper().valueToTree(v);
        };
    }
}
