package dev.modelyard.scoring.tree;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XGBoost's UBJSON model format ({@code Booster.toByteArray("ubj")}): the JSON schema of {@link XgbModelJson}
 * in big-endian binary, with the node arrays as typed arrays. XGBoost writes it about five times faster than
 * JSON (no float formatting) and it reads here in bulk, which is why training exports it. Decoded into plain
 * values: {@code Map} (objects, key order kept), {@code List}, primitive arrays for typed arrays ({@code float[]}
 * for float32, {@code double[]}, {@code int[]} for 8 to 32-bit integers, {@code long[]}), and {@code Long},
 * {@code Float}, {@code Double}, {@code String}, {@code Boolean} or null for scalars.
 */
final class XgbUbj {
    /** Nesting deeper than any XGBoost model: a guard against a stack overflow on damaged bytes. */
    private static final int MAX_DEPTH = 64;

    private final ByteBuffer in;

    private XgbUbj(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes); // big-endian, as UBJSON is
    }

    /** Whether {@code bytes} look like UBJSON rather than JSON: an object whose first key length has a type marker. */
    static boolean isUbj(byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != '{') {
            return false;
        }
        return switch (bytes[1]) {
            case 'i', 'U', 'I', 'l', 'L', '$', '#' -> true;
            default -> false;
        };
    }

    /** Reads the model; damaged bytes fail with "not valid UBJSON", other faults as {@link XgbModelJson} names them. */
    static XgbModelJson read(byte[] ubj) {
        Object root = decode(ubj);
        if (!(root instanceof Map<?, ?> top) || !(top.get("learner") instanceof Map<?, ?> learner)) {
            throw XgbModelJson.bad("no 'learner' object");
        }
        Map<?, ?> booster = map(learner.get("gradient_booster"));
        Map<?, ?> model = map(booster.get("model"));
        List<XgbModelJson.Tree> trees = new ArrayList<>();
        if (model.get("trees") instanceof List<?> list) {
            for (Object t : list) {
                Map<?, ?> tree = map(t);
                trees.add(new XgbModelJson.Tree(ints(tree.get("left_children")), ints(tree.get("right_children")),
                        ints(tree.get("split_indices")), floats(tree.get("split_conditions"), trees.size()),
                        ints(tree.get("default_left")), ints(tree.get("split_type"))));
            }
        }
        return new XgbModelJson(text(booster.get("name")), text(map(learner.get("learner_model_param")).get("base_score")),
                ints(model.get("tree_info")), ints(model.get("iteration_indptr")), trees);
    }

    /** The same model as XGBoost JSON (floats written as the shortest text that reads back to them). */
    static byte[] toJson(byte[] ubj) {
        Object root = decode(ubj);
        ByteArrayOutputStream out = new ByteArrayOutputStream(ubj.length * 2);
        try (JsonGenerator g = XgbJsonReader.FACTORY.createGenerator(out)) {
            write(g, root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write XGBoost JSON", e);
        }
        return out.toByteArray();
    }

    static Object decode(byte[] ubj) {
        XgbUbj r = new XgbUbj(ubj);
        try {
            Object v = r.value(r.in.get(), 0);
            if (r.in.hasRemaining()) {
                throw XgbModelJson.bad("not valid UBJSON: " + r.in.remaining() + " bytes after the model object");
            }
            return v;
        } catch (BufferUnderflowException e) {
            throw XgbModelJson.bad("not valid UBJSON: the data ends inside a value");
        }
    }

    private Object value(byte marker, int depth) {
        if (depth > MAX_DEPTH) {
            throw XgbModelJson.bad("not valid UBJSON: nested deeper than " + MAX_DEPTH);
        }
        return switch (marker) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case 'S', 'H' -> string();
            case 'C' -> String.valueOf((char) (in.get() & 0xff));
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'Z' -> null;
            case 'i' -> (long) in.get();
            case 'U' -> (long) (in.get() & 0xff);
            case 'I' -> (long) in.getShort();
            case 'l' -> (long) in.getInt();
            case 'L' -> in.getLong();
            case 'd' -> in.getFloat();
            case 'D' -> in.getDouble();
            default -> throw XgbModelJson.bad("not valid UBJSON: unknown type marker '" + (char) (marker & 0xff) + "' at byte "
                    + (in.position() - 1));
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        byte type = 0;
        long count = -1;
        byte next = in.get();
        if (next == '$') {
            type = in.get();
            next = in.get();
        }
        if (next == '#') {
            count = count(length(in.get()));
            next = 0;
        } else if (type != 0) {
            throw XgbModelJson.bad("not valid UBJSON: a typed object without a count");
        }
        for (long k = 0; count < 0 || k < count; k++) {
            byte m = next != 0 ? next : in.get();
            next = 0;
            if (count < 0 && m == '}') {
                return out;
            }
            String key = utf8(length(m));
            out.put(key, value(type != 0 ? type : in.get(), depth + 1));
        }
        return out;
    }

    private Object array(int depth) {
        byte next = in.get();
        if (next == '$') {
            byte type = in.get();
            if (in.get() != '#') {
                throw XgbModelJson.bad("not valid UBJSON: a typed array without a count");
            }
            return typed(type, length(in.get()), depth);
        }
        List<Object> out = new ArrayList<>();
        if (next == '#') {
            long n = count(length(in.get()));
            for (long i = 0; i < n; i++) {
                out.add(value(in.get(), depth + 1));
            }
            return out;
        }
        for (byte m = next; m != ']'; m = in.get()) {
            out.add(value(m, depth + 1));
        }
        return out;
    }

    /** A typed array: numbers in bulk into a primitive array, anything else element by element. */
    private Object typed(byte type, long n, int depth) {
        int width = switch (type) {
            case 'i', 'U' -> 1;
            case 'I' -> 2;
            case 'l', 'd' -> 4;
            case 'L', 'D' -> 8;
            default -> 0;
        };
        if (width == 0) {
            List<Object> out = new ArrayList<>();
            for (long i = 0, c = count(n); i < c; i++) {
                out.add(value(type, depth + 1));
            }
            return out;
        }
        if (n < 0 || n > in.remaining() / width) {
            throw XgbModelJson.bad("not valid UBJSON: an array of " + n + " values longer than the data");
        }
        int len = (int) n;
        return switch (type) {
            case 'd' -> {
                float[] v = new float[len];
                in.asFloatBuffer().get(v);
                in.position(in.position() + 4 * len);
                yield v;
            }
            case 'D' -> {
                double[] v = new double[len];
                in.asDoubleBuffer().get(v);
                in.position(in.position() + 8 * len);
                yield v;
            }
            case 'l' -> {
                int[] v = new int[len];
                in.asIntBuffer().get(v);
                in.position(in.position() + 4 * len);
                yield v;
            }
            case 'L' -> {
                long[] v = new long[len];
                in.asLongBuffer().get(v);
                in.position(in.position() + 8 * len);
                yield v;
            }
            default -> {
                int[] v = new int[len];
                for (int i = 0; i < len; i++) {
                    v[i] = switch (type) {
                        case 'i' -> in.get();
                        case 'U' -> in.get() & 0xff;
                        default -> in.getShort();
                    };
                }
                yield v;
            }
        };
    }

    /** An integer given with its own type marker (lengths and counts). */
    private long length(byte marker) {
        return switch (marker) {
            case 'i' -> in.get();
            case 'U' -> in.get() & 0xff;
            case 'I' -> in.getShort();
            case 'l' -> in.getInt();
            case 'L' -> in.getLong();
            default -> throw XgbModelJson.bad("not valid UBJSON: a length with type marker '" + (char) (marker & 0xff) + "'");
        };
    }

    /** A count of values, each at least one byte, so never more than the bytes left. */
    private long count(long n) {
        if (n < 0 || n > in.remaining()) {
            throw XgbModelJson.bad("not valid UBJSON: a count of " + n + " values longer than the data");
        }
        return n;
    }

    private String string() {
        return utf8(length(in.get()));
    }

    private String utf8(long n) {
        if (n < 0 || n > in.remaining()) {
            throw XgbModelJson.bad("not valid UBJSON: a string of " + n + " bytes longer than the data");
        }
        String s = new String(in.array(), in.position(), (int) n, StandardCharsets.UTF_8);
        in.position(in.position() + (int) n);
        return s;
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    g.writeFieldName((String) e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> l -> {
                g.writeStartArray();
                for (Object item : l) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case float[] a -> {
                g.writeStartArray();
                for (float f : a) {
                    g.writeNumber(f);
                }
                g.writeEndArray();
            }
            case double[] a -> g.writeArray(a, 0, a.length);
            case int[] a -> g.writeArray(a, 0, a.length);
            case long[] a -> g.writeArray(a, 0, a.length);
            case Long l -> g.writeNumber(l);
            case Float f -> g.writeNumber(f);
            case Double d -> g.writeNumber(d);
            case Boolean b -> g.writeBoolean(b);
            case String s -> g.writeString(s);
            default -> throw new IllegalStateException("unexpected decoded value " + v.getClass());
        }
    }

    /** An object, or empty for anything else (a missing part then fails with a precise message downstream). */
    private static Map<?, ?> map(Object v) {
        return v instanceof Map<?, ?> m ? m : Map.of();
    }

    /** A scalar's text, "" for anything else (as the JSON reader reads it). */
    private static String text(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : "";
    }

    private static int[] ints(Object v) {
        return switch (v) {
            case int[] a -> a;
            case long[] a -> {
                int[] out = new int[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = (int) a[i];
                }
                yield out;
            }
            case List<?> l -> {
                int[] out = new int[l.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = l.get(i) instanceof Number x ? x.intValue() : 0;
                }
                yield out;
            }
            case null, default -> new int[0];
        };
    }

    private static float[] floats(Object v, int tree) {
        return switch (v) {
            case float[] a -> a;
            case double[] a -> {
                float[] out = new float[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = (float) a[i];
                }
                yield out;
            }
            case List<?> l -> {
                float[] out = new float[l.size()];
                for (int i = 0; i < out.length; i++) {
                    if (!(l.get(i) instanceof Number x)) {
                        throw XgbModelJson.bad("tree " + tree + " has a split_conditions entry that is not a number: " + l.get(i));
                    }
                    out[i] = x.floatValue();
                }
                yield out;
            }
            case null, default -> new float[0];
        };
    }
}
