package dev.modelyard.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The project's Jackson setup: one immutable, thread-safe mapper with strict, predictable settings. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}

    public static ObjectMapper mapper() { return MAPPER; }

    public static ObjectNode object() { return MAPPER.createObjectNode(); }

    public static ArrayNode array() { return MAPPER.createArrayNode(); }

    /** Pretty JSON text of a value. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a tree, or null with the parse error reported by the caller. */
    public static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** Array of doubles as a JSON array (NaN written as null). */
    public static ArrayNode doubles(double[] values) {
        ArrayNode a = array();
        for (double v : values) {
            if (Double.isNaN(v)) {
                a.addNull();
            } else {
                a.add(v);
            }
        }
        return a;
    }

    /** Reads an array written by {@link #doubles(double[])}. */
    public static double[] toDoubles(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).isNull() ? Double.NaN : node.get(i).asDouble();
        }
        return out;
    }

    /** Strings as a JSON array. */
    public static ArrayNode strings(java.util.List<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** Reads an array written by {@link #strings}: each element's text. */
    public static java.util.List<String> toStrings(JsonNode node) {
        java.util.List<String> out = new java.util.ArrayList<>(node.size());
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
