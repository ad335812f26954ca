package dev.modelyard.scoring.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.ColumnStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Smoothed target means learnt on all training rows; see {@link TargetEncoder}. */
public final class FittedTargetEncoder extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "target_encode";

    /** Levels of one column (sorted) and its (levels+1) × width table; the last row is the prior. */
    public record Encoding(Field field, List<String> levels, double[] table) {
        public Encoding {
            levels = List.copyOf(levels);
            table = table.clone();
        }
    }

    private final List<Encoding> encodings;
    private final List<String> suffixes;
    private final int width;
    private final LevelIndex[] index;
    private final List<List<Field>> outputs;

    /** @param suffixes class names for multiclass (one output each); empty for a single {@code __te} column */
    public FittedTargetEncoder(List<Encoding> encodings, List<String> suffixes) {
        super(Schema.of(encodings.stream().map(Encoding::field).toList()));
        this.encodings = List.copyOf(encodings);
        this.suffixes = List.copyOf(suffixes);
        this.width = suffixes.isEmpty() ? 1 : suffixes.size();
        this.index = new LevelIndex[encodings.size()];
        List<List<Field>> o = new ArrayList<>();
        for (int h = 0; h < encodings.size(); h++) {
            Encoding e = encodings.get(h);
            if (e.table().length != (e.levels().size() + 1) * width) {
                throw new IllegalArgumentException("table of '" + e.field().name() + "' has " + e.table().length
                        + " values, expected " + (e.levels().size() + 1) * width);
            }
            index[h] = new LevelIndex(e.levels());
            String name = e.field().name();
            List<Field> cols = new ArrayList<>();
            if (suffixes.isEmpty()) {
                cols.add(new Field(name + "__te", ColumnType.DOUBLE));
            } else {
                for (String s : suffixes) {
                    cols.add(new Field(name + "__te_" + s, ColumnType.DOUBLE));
                }
            }
            o.add(List.copyOf(cols));
        }
        this.outputs = List.copyOf(o);
    }

    @Override public String kind() { return KIND; }

    /** Level lookup of the {@code h}-th encoded column (used when fitting out of fold). */
    public LevelIndex levelIndex(int h) { return index[h]; }

    /** Output column names of the {@code h}-th encoded column. */
    public List<String> outputNames(int h) { return outputs.get(h).stream().map(Field::name).toList(); }

    /** The encoding of {@code level} in {@code column} (output {@code j}); the prior for unseen levels. */
    public double encoding(String column, String level, int j) {
        int h = inputSchema().require(column);
        int l = index[h].get(level);
        return encodings.get(h).table()[(l < 0 ? index[h].size() : l) * width + j];
    }

    @Override protected List<Field> outputs(int h) { return outputs.get(h); }

    @Override
    protected List<Column> transformColumn(int h, Column in) {
        double[] table = encodings.get(h).table();
        int unseen = index[h].size();
        int[] pos = index[h].rows(in);
        int n = pos.length;
        List<Column> out = new ArrayList<>(width);
        for (int j = 0; j < width; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = table[(pos[i] < 0 ? unseen : pos[i]) * width + j];
            }
            out.add(DoubleColumn.owning(outputs.get(h).get(j).name(), v));
        }
        return out;
    }

    @Override
    protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        int l = index[h].get(in.str[inIdx]);
        int base = (l < 0 ? index[h].size() : l) * width;
        double[] table = encodings.get(h).table();
        for (int j = 0; j < width; j++) {
            out.num[outStart + j] = table[base + j];
        }
    }

    @Override
    public StepState save() {
        ObjectNode p = StepIO.withSchema(inputSchema());
        p.set("classes", Json.strings(suffixes));
        ArrayNode lv = p.putArray("levels");
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        for (int h = 0; h < encodings.size(); h++) {
            lv.add(Json.strings(encodings.get(h).levels()));
            payloads.put("table." + h, Payloads.doubles(encodings.get(h).table()));
        }
        return new StepState(kind(), p, payloads);
    }

    public static FittedTargetEncoder load(StepState st) {
        Schema s = StepIO.schema(st, "columns");
        List<String> classes = StepIO.strings(st, st.require("classes"), "classes");
        int w = classes.isEmpty() ? 1 : classes.size();
        JsonNode lv = st.require("levels");
        if (lv.size() != s.size()) {
            throw st.corrupt("'levels' must have one list per column");
        }
        List<Encoding> enc = new ArrayList<>();
        for (int h = 0; h < s.size(); h++) {
            List<String> levels = StepIO.strings(st, lv.get(h), "levels");
            enc.add(new Encoding(s.field(h), levels, StepIO.doubles(st, "table." + h, (levels.size() + 1) * w)));
        }
        return new FittedTargetEncoder(enc, classes);
    }
}
