package dev.modelyard.scoring.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.CategoricalColumn;
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

/** Adds a training-frequency column next to each handled categorical column; see {@link FrequencyEncoder}. */
public final class FittedFrequencyEncoder extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "frequency";

    /** Levels of one column (sorted) and their training shares. */
    public record Encoding(Field field, List<String> levels, double[] share) {
        public Encoding {
            levels = List.copyOf(levels);
            share = share.clone();
        }
    }

    private final List<Encoding> encodings;
    private final LevelIndex[] index;
    private final List<List<Field>> outputs;

    /** Replaces each encoded column by its level's training share (0 for unseen levels). */
    public FittedFrequencyEncoder(List<Encoding> encodings) {
        super(Schema.of(encodings.stream().map(Encoding::field).toList()));
        this.encodings = List.copyOf(encodings);
        this.index = new LevelIndex[encodings.size()];
        List<List<Field>> o = new ArrayList<>();
        for (int h = 0; h < encodings.size(); h++) {
            String name = encodings.get(h).field().name();
            index[h] = new LevelIndex(encodings.get(h).levels());
            o.add(List.of(new Field(name, ColumnType.CATEGORICAL), new Field(name + "__freq", ColumnType.DOUBLE)));
        }
        this.outputs = List.copyOf(o);
    }

    @Override public String kind() { return KIND; }

    @Override protected List<Field> outputs(int h) { return outputs.get(h); }

    @Override
    protected List<Column> transformColumn(int h, Column in) {
        double[] share = encodings.get(h).share();
        int[] pos = index[h].rows(in);
        double[] f = new double[pos.length];
        for (int i = 0; i < pos.length; i++) {
            f[i] = pos[i] < 0 ? 0.0 : share[pos[i]];
        }
        // The original passes on as a category even when it arrived as text, as outputs() declares.
        Column kept = in instanceof CategoricalColumn ? in : CategoricalColumn.fromStrings(in.name(), strings(in));
        return List.of(kept, DoubleColumn.owning(in.name() + "__freq", f));
    }

    private static String[] strings(Column in) {
        String[] s = new String[in.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = in.getString(i);
        }
        return s;
    }

    @Override
    protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        String s = in.str[inIdx];
        out.str[outStart] = s;
        int p = index[h].get(s);
        out.num[outStart + 1] = p < 0 ? 0.0 : encodings.get(h).share()[p];
    }

    @Override
    public StepState save() {
        ObjectNode p = StepIO.withSchema(inputSchema());
        ArrayNode lv = p.putArray("levels");
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        for (int h = 0; h < encodings.size(); h++) {
            lv.add(Json.strings(encodings.get(h).levels()));
            payloads.put("share." + h, Payloads.doubles(encodings.get(h).share()));
        }
        return new StepState(kind(), p, payloads);
    }

    public static FittedFrequencyEncoder load(StepState st) {
        Schema s = StepIO.schema(st, "columns");
        JsonNode lv = st.require("levels");
        if (lv.size() != s.size()) {
            throw st.corrupt("'levels' must have one list per column");
        }
        List<Encoding> enc = new ArrayList<>();
        for (int h = 0; h < s.size(); h++) {
            List<String> levels = StepIO.strings(st, lv.get(h), "levels");
            enc.add(new Encoding(s.field(h), levels, StepIO.doubles(st, "share." + h, levels.size())));
        }
        return new FittedFrequencyEncoder(enc);
    }
}
