package dev.modelyard.serving.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code inputs} of an Open Inference Protocol v2 infer request, as rows. Two layouts are accepted: one
 * tensor per feature (named as the feature, shape {@code [n]} or {@code [n,1]}), or a single 2-D tensor
 * {@code [n, features]} whose columns follow the model's input order. Each tensor's datatype must suit the
 * features it feeds, its data must match the datatype and hold exactly the number of values its shape says
 * (flat or nested, row-major). Any violation is an error naming the tensor.
 */
public final class TensorTable implements InputTable {
    private final List<String> columns;
    private final List<ArrayNode> data;
    private final int width;
    private final int rows;

    private TensorTable(List<String> columns, List<ArrayNode> data, int width, int rows) {
        this.columns = columns;
        this.data = data;
        this.width = width;
        this.rows = rows;
    }

    public static TensorTable of(JsonNode request, Schema schema) {
        JsonNode inputs = request.path("inputs");
        if (!inputs.isArray() || inputs.isEmpty()) {
            throw new InputError("inputs", "'inputs' must be a non-empty array of tensors {name, shape, datatype, data}");
        }
        if (inputs.size() == 1 && !schema.contains(inputs.get(0).path("name").asText()) && inputs.get(0).path("shape").size() == 2) {
            return matrix(inputs.get(0), schema);
        }
        List<String> names = new ArrayList<>();
        List<ArrayNode> data = new ArrayList<>();
        int n = -1;
        String first = null;
        for (JsonNode t : inputs) {
            String name = name(t);
            long[] shape = shape(t, name);
            boolean column = shape.length == 1 || shape.length == 2 && shape[1] == 1;
            if (!column) {
                throw new InputError(name, "tensor '" + name + "': shape " + show(shape) + " is not one feature column; use [n] or [n,1]"
                        + " per feature, or a single [n," + schema.size() + "] tensor with all features in the order "
                        + String.join(", ", schema.names()));
            }
            Datatype type = Datatype.parse(t.path("datatype").asText(null), name);
            var field = schema.find(name);
            if (field.isPresent() && !type.feeds(field.get().type())) {
                throw new InputError(name, "tensor '" + name + "': datatype " + type + " cannot carry feature '" + name + "' of type "
                        + field.get().type().label() + " (use " + Datatype.of(field.get().type()) + ")");
            }
            ArrayNode flat = flatten(t, name, shape, type);
            if (n >= 0 && shape[0] != n) {
                throw new InputError(name, "tensor '" + name + "' has " + shape[0] + " rows but tensor '" + first + "' has " + n);
            }
            if (n < 0) {
                n = (int) shape[0];
                first = name;
            }
            if (names.contains(name)) {
                throw new InputError(name, "tensor '" + name + "' is given twice");
            }
            names.add(name);
            data.add(flat);
        }
        return new TensorTable(List.copyOf(names), data, 1, n);
    }

    private static TensorTable matrix(JsonNode t, Schema schema) {
        String name = name(t);
        long[] shape = shape(t, name);
        if (shape[1] != schema.size()) {
            throw new InputError(name, "tensor '" + name + "': shape " + show(shape) + " has " + shape[1] + " columns but the model takes "
                    + schema.size() + " features (" + String.join(", ", schema.names()) + "), or send one tensor per feature");
        }
        Datatype type = Datatype.parse(t.path("datatype").asText(null), name);
        for (Field f : schema.fields()) {
            if (!type.feeds(f.type()) && type != Datatype.BYTES) {
                throw new InputError(name, "tensor '" + name + "': datatype " + type + " cannot carry feature '" + f.name() + "' of type "
                        + f.type().label() + " (send BYTES, or one tensor per feature)");
            }
        }
        ArrayNode flat = flatten(t, name, shape, type);
        return new TensorTable(schema.names(), List.of(flat), schema.size(), (int) shape[0]);
    }

    private static String name(JsonNode t) {
        JsonNode n = t.path("name");
        if (!n.isTextual() || n.textValue().isEmpty()) {
            throw new InputError("inputs", "every input tensor needs a 'name'");
        }
        return n.textValue();
    }

    private static long[] shape(JsonNode t, String name) {
        JsonNode s = t.path("shape");
        if (!s.isArray() || s.isEmpty() || s.size() > 2) {
            throw new InputError(name, "tensor '" + name + "': 'shape' must be an array of one or two sizes, got " + s);
        }
        long[] out = new long[s.size()];
        for (int i = 0; i < out.length; i++) {
            if (!s.get(i).canConvertToInt() || !s.get(i).isIntegralNumber() || s.get(i).intValue() < 0) {
                throw new InputError(name, "tensor '" + name + "': shape " + s + " must hold non-negative integers");
            }
            out[i] = s.get(i).intValue();
        }
        return out;
    }

    /** The data as one flat array, checked against shape and datatype. */
    private static ArrayNode flatten(JsonNode t, String name, long[] shape, Datatype type) {
        JsonNode d = t.path("data");
        if (!d.isArray()) {
            throw new InputError(name, "tensor '" + name + "': 'data' must be an array");
        }
        ArrayNode flat = Json.array();
        flattenInto(d, flat, name);
        long expected = 1;
        for (long s : shape) {
            expected *= s;
        }
        if (flat.size() != expected) {
            throw new InputError(name, "tensor '" + name + "': shape " + show(shape) + " needs " + expected + " values but data holds "
                    + flat.size());
        }
        for (int i = 0; i < flat.size(); i++) {
            JsonNode v = flat.get(i);
            boolean ok = v.isNull()
                    || type == Datatype.BYTES && v.isTextual()
                    || type == Datatype.BOOL && v.isBoolean()
                    || type.isInteger() && v.isIntegralNumber()
                    || type.isFloat() && v.isNumber();
            if (!ok) {
                throw new InputError(name, i, "tensor '" + name + "': element " + i + " (" + v + ") is not " + type + " data");
            }
        }
        return flat;
    }

    private static void flattenInto(JsonNode d, ArrayNode out, String name) {
        for (JsonNode v : d) {
            if (v.isArray()) {
                flattenInto(v, out, name);
            } else if (v.isObject()) {
                throw new InputError(name, "tensor '" + name + "': 'data' holds an object; expected values");
            } else {
                out.add(v);
            }
        }
    }

    private static String show(long[] shape) {
        return java.util.Arrays.toString(shape).replace(" ", "");
    }

    @Override public int rows() { return rows; }

    @Override public List<String> columns() { return columns; }

    @Override
    public Object value(int column, int row) {
        return width == 1 ? data.get(column).get(row) : data.get(0).get(row * width + column);
    }

    @Override
    public String columnWord() {
        return width == 1 ? "input tensor" : "feature";
    }
}
