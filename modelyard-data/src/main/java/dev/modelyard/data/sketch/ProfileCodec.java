package dev.modelyard.data.sketch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;
import dev.modelyard.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a {@link ReferenceProfile}: one JSON document (readable, diffable), kept in the bundle
 * as the {@code reference-profile.json} section or as a standalone file for {@code --reference}.
 *
 * <pre>
 * { "format": "modelyard-profile", "version": 1, "signature", "rows", "target",
 *   "features": [ {"name", "type", "kind": "numeric", "count", "missing", "mean", "std",
 *                  "sketch": {"min", "max", "items": [sorted], "weights": [per item]}}
 *               | {"name", "type", "kind": "categorical", "count", "missing", "levels": {level: count}, "other"} ],
 *   "prediction": feature | null,
 *   "sample": {"rows", "columns": [{"name", "type", "values": [number | string | null]}]} | null }
 * </pre>
 */
public final class ProfileCodec {
    public static final String FORMAT = "modelyard-profile";
    public static final int VERSION = 1;
    /** Name of the bundle section holding the profile. */
    public static final String SECTION = "reference-profile.json";

    private ProfileCodec() {}

    public static byte[] toBytes(ReferenceProfile p) {
        return Json.write(toJson(p)).getBytes(StandardCharsets.UTF_8);
    }

    public static ObjectNode toJson(ReferenceProfile p) {
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("signature", p.signature());
        o.put("rows", p.rows());
        o.put("target", p.target());
        ArrayNode fs = o.putArray("features");
        p.features().forEach(f -> fs.add(feature(f)));
        if (p.prediction() == null) {
            o.putNull("prediction");
        } else {
            o.set("prediction", feature(p.prediction()));
        }
        if (p.sample() == null) {
            o.putNull("sample");
        } else {
            o.set("sample", frame(p.sample()));
        }
        return o;
    }

    private static ObjectNode feature(FeatureProfile f) {
        ObjectNode o = Json.object();
        o.put("name", f.name());
        o.put("type", f.type().label());
        o.put("count", f.count());
        o.put("missing", f.missing());
        switch (f) {
            case NumericProfile n -> {
                o.put("kind", "numeric");
                putNumber(o, "mean", n.mean());
                putNumber(o, "std", n.std());
                ObjectNode s = o.putObject("sketch");
                putNumber(s, "min", n.sketch().min());
                putNumber(s, "max", n.sketch().max());
                s.set("items", Json.doubles(n.sketch().items()));
                ArrayNode w = s.putArray("weights");
                for (long x : n.sketch().weights()) {
                    w.add(x);
                }
            }
            case CategoricalProfile c -> {
                o.put("kind", "categorical");
                ObjectNode l = o.putObject("levels");
                c.counts().counts().forEach(l::put);
                o.put("other", c.counts().other());
            }
        }
        return o;
    }

    private static void putNumber(ObjectNode o, String k, double v) {
        if (Double.isFinite(v)) {
            o.put(k, v);
        } else {
            o.putNull(k);
        }
    }

    private static ObjectNode frame(Frame f) {
        ObjectNode o = Json.object();
        o.put("rows", f.rowCount());
        ArrayNode cols = o.putArray("columns");
        for (Column c : f.columns()) {
            ObjectNode j = cols.addObject();
            j.put("name", c.name());
            j.put("type", c.type().label());
            ArrayNode v = j.putArray("values");
            boolean numeric = c.type().isNumericSlot();
            for (int i = 0; i < c.size(); i++) {
                if (c.isNull(i)) {
                    v.addNull();
                } else if (numeric) {
                    double x = c.getDouble(i);
                    if (Double.isFinite(x)) {
                        v.add(x);
                    } else {
                        v.addNull();
                    }
                } else {
                    v.add(c.getString(i));
                }
            }
        }
        return o;
    }

    /** Reads a standalone profile file ({@code --reference}); errors name the file and what is wrong. */
    public static ReferenceProfile read(Path file) {
        try {
            return fromBytes(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw ModelyardException.notFound("reference profile not found: " + file);
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot read reference profile " + file + ": " + e.getMessage());
        }
    }

    public static void write(ReferenceProfile p, Path file) {
        try {
            Files.write(file, toBytes(p));
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot write reference profile " + file + ": " + e.getMessage());
        }
    }

    /** Parses a profile; {@code source} names where it came from in error messages. */
    public static ReferenceProfile fromBytes(byte[] bytes, String source) {
        JsonNode n;
        try {
            n = Json.read(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw bad(source, "not valid JSON (" + e.getMessage() + ")");
        }
        if (!FORMAT.equals(n.path("format").asText())) {
            throw bad(source, "not a Modelyard reference profile (format is '" + n.path("format").asText() + "', expected '" + FORMAT + "')");
        }
        if (n.path("version").asInt(-1) < 1 || n.path("version").asInt() > VERSION) {
            throw bad(source, "profile version " + n.path("version") + " is not supported (this Modelyard reads up to " + VERSION + ")");
        }
        List<FeatureProfile> features = new ArrayList<>();
        for (JsonNode f : n.path("features")) {
            features.add(readFeature(f, source));
        }
        if (features.isEmpty()) {
            throw bad(source, "the profile has no features");
        }
        FeatureProfile prediction = n.path("prediction").isObject() ? readFeature(n.get("prediction"), source) : null;
        Frame sample = n.path("sample").isObject() ? readFrame(n.get("sample"), source) : null;
        String target = n.path("target").isTextual() ? n.get("target").asText() : null;
        return new ReferenceProfile(n.path("signature").asText(""), n.path("rows").asLong(), target, features, prediction, sample);
    }

    private static FeatureProfile readFeature(JsonNode f, String source) {
        String name = f.path("name").asText(null);
        if (name == null) {
            throw bad(source, "a feature profile has no name");
        }
        ColumnType type;
        try {
            type = ColumnType.parse(f.path("type").asText(""));
        } catch (ModelyardException e) {
            throw bad(source, "feature '" + name + "': " + e.getMessage());
        }
        long count = f.path("count").asLong(-1);
        long missing = f.path("missing").asLong(-1);
        if (count < 0 || missing < 0) {
            throw bad(source, "feature '" + name + "' has no valid count or missing");
        }
        try {
            if ("numeric".equals(f.path("kind").asText())) {
                JsonNode s = f.path("sketch");
                double[] items = Json.toDoubles(s.path("items"));
                JsonNode wn = s.path("weights");
                long[] w = new long[wn.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = wn.get(i).asLong();
                }
                QuantileSketch sk = QuantileSketch.restore(items, w, num(s.path("min")), num(s.path("max")));
                return new NumericProfile(name, type, count, missing, num(f.path("mean")), num(f.path("std")), sk);
            }
            if ("categorical".equals(f.path("kind").asText())) {
                Map<String, Long> levels = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = f.path("levels").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    levels.put(e.getKey(), e.getValue().asLong());
                }
                return new CategoricalProfile(name, type, count, missing, new CategoryCounts(levels, f.path("other").asLong()));
            }
        } catch (IllegalArgumentException e) {
            throw bad(source, "feature '" + name + "': " + e.getMessage());
        }
        throw bad(source, "feature '" + name + "' has unknown kind '" + f.path("kind").asText() + "' (expected numeric or categorical)");
    }

    private static double num(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    private static Frame readFrame(JsonNode s, String source) {
        int rows = s.path("rows").asInt(-1);
        List<Column> cols = new ArrayList<>();
        for (JsonNode c : s.path("columns")) {
            String name = c.path("name").asText("");
            JsonNode v = c.path("values");
            if (v.size() != rows) {
                throw bad(source, "sample column '" + name + "' has " + v.size() + " values for " + rows + " rows");
            }
            ColumnType type;
            try {
                type = ColumnType.parse(c.path("type").asText(""));
            } catch (ModelyardException e) {
                throw bad(source, "sample column '" + name + "': " + e.getMessage());
            }
            cols.add(column(name, type, v));
        }
        return cols.isEmpty() ? Frame.empty(Math.max(rows, 0)) : Frame.of(cols);
    }

    private static Column column(String name, ColumnType type, JsonNode v) {
        int n = v.size();
        BitSet nulls = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (v.get(i).isNull()) {
                nulls.set(i);
            }
        }
        return switch (type) {
            case DOUBLE -> DoubleColumn.of(name, Json.toDoubles(v), nulls);
            case LONG -> LongColumn.of(name, longs(v), nulls);
            case TIMESTAMP -> TimestampColumn.of(name, longs(v), nulls);
            case BOOLEAN -> {
                boolean[] b = new boolean[n];
                for (int i = 0; i < n; i++) {
                    b[i] = v.get(i).asDouble() != 0;
                }
                yield BooleanColumn.of(name, b, nulls);
            }
            case CATEGORICAL -> CategoricalColumn.fromStrings(name, strings(v));
            case TEXT -> TextColumn.of(name, strings(v));
        };
    }

    private static long[] longs(JsonNode v) {
        long[] out = new long[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i).asLong();
        }
        return out;
    }

    private static String[] strings(JsonNode v) {
        String[] out = new String[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i).isNull() ? null : v.get(i).asText();
        }
        return out;
    }

    private static ModelyardException bad(String source, String what) {
        return ModelyardException.invalid(source + ": " + what);
    }
}
