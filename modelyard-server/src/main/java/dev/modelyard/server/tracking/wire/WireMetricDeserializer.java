package dev.modelyard.server.tracking.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * Reads a metric point token by token. A log-batch carries up to 1,000 of them, and Jackson's record-creator path
 * cost more than parsing the numbers. Plain strings and numbers are read directly; anything else (numbers in
 * strings, {@code "NaN"}, wrong types) goes through Jackson's own deserializers, so coercions and errors, which
 * name the field, are unchanged. Unknown fields are skipped, as everywhere in the API.
 */
final class WireMetricDeserializer extends StdDeserializer<WireTypes.WireMetric> {
    WireMetricDeserializer() {
        super(WireTypes.WireMetric.class);
    }

    @Override
    public WireTypes.WireMetric deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String field;
        if (p.isExpectedStartObjectToken()) {
            field = p.nextFieldName();
        } else if (p.hasToken(JsonToken.FIELD_NAME)) {
            field = p.currentName();
        } else {
            return (WireTypes.WireMetric) ctx.handleUnexpectedToken(WireTypes.WireMetric.class, p);
        }
        String key = null;
        Double value = null;
        Long timestamp = null;
        Long step = null;
        for (; field != null; field = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            try {
                switch (field) {
                    case "key" -> key = token == JsonToken.VALUE_STRING ? p.getText() : read(p, ctx, token, String.class);
                    case "value" -> value = token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT
                            ? p.getDoubleValue() : read(p, ctx, token, Double.class);
                    case "timestamp" -> timestamp = token == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : read(p, ctx, token, Long.class);
                    case "step" -> step = token == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : read(p, ctx, token, Long.class);
                    default -> p.skipChildren();
                }
            } catch (IOException e) {
                throw JsonMappingException.wrapWithPath(e, WireTypes.WireMetric.class, field);
            }
        }
        return new WireTypes.WireMetric(key, value, timestamp, step);
    }

    private static <T> T read(JsonParser p, DeserializationContext ctx, JsonToken token, Class<T> type) throws IOException {
        return token == JsonToken.VALUE_NULL ? null : ctx.readValue(p, type);
    }
}
