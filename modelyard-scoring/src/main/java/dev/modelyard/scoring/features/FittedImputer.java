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
import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.ColumnStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fills missing values with training statistics; see {@link Imputer}. */
public final class FittedImputer extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "impute";

    /** How one column is filled: a number for numeric columns, a level for categorical ones. */
    public record Fill(Field field, double number, String level, boolean indicator) {
        /** Fill with a number (median), optionally adding a missing indicator. */
        public static Fill numeric(Field f, double v, boolean indicator) { return new Fill(f, v, null, indicator); }

        /** Fill with a level (most frequent), optionally adding a missing indicator. */
        public static Fill categorical(Field f, String level, boolean indicator) { return new Fill(f, Double.NaN, level, indicator); }

        boolean isCategorical() { return level != null; }
    }

    private final List<Fill> fills;
    private final List<List<Field>> outputs;

    /** Fills missing values of each listed column as its {@link Fill} says. */
    public FittedImputer(List<Fill> fills) {
        super(Schema.of(fills.stream().map(Fill::field).toList()));
        this.fills = List.copyOf(fills);
        List<List<Field>> o = new ArrayList<>();
        for (Fill f : fills) {
            String name = f.field().name();
            Field main = new Field(name, f.isCategorical() ? ColumnType.CATEGORICAL : ColumnType.DOUBLE);
            o.add(f.indicator() ? List.of(main, new Field(name + "__missing", ColumnType.DOUBLE)) : List.of(main));
        }
        this.outputs = List.copyOf(o);
    }

    @Override public String kind() { return KIND; }

    /** The fill value of a numeric column (NaN for categorical ones). */
    public double fillValue(String column) { return fills.get(inputSchema().require(column)).number(); }

    /** The fill level of a categorical column (null for numeric ones). */
    public String fillLevel(String column) { return fills.get(inputSchema().require(column)).level(); }

    @Override protected List<Field> outputs(int h) { return outputs.get(h); }

    @Override
    protected List<Column> transformColumn(int h, Column in) {
        Fill f = fills.get(h);
        int n = in.size();
        double[] missing = f.indicator() ? new double[n] : null;
        Column main;
        if (f.isCategorical()) {
            main = fillCategorical(in, f.level(), missing);
        } else {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double x = in.getDouble(i);
                boolean miss = Double.isNaN(x);
                v[i] = miss ? f.number() : x;
                if (missing != null) {
                    missing[i] = miss ? 1.0 : 0.0;
                }
            }
            main = DoubleColumn.owning(in.name(), v);
        }
        return missing == null ? List.of(main) : List.of(main, DoubleColumn.owning(in.name() + "__missing", missing));
    }

    private static CategoricalColumn fillCategorical(Column in, String level, double[] missing) {
        int n = in.size();
        if (in instanceof CategoricalColumn cat) {
            List<String> levels = new ArrayList<>(cat.levels());
            int fillCode = levels.indexOf(level);
            if (fillCode < 0) {
                fillCode = levels.size();
                levels.add(level);
            }
            int[] codes = new int[n];
            for (int i = 0; i < n; i++) {
                int c = cat.code(i);
                codes[i] = c < 0 ? fillCode : c;
                if (missing != null) {
                    missing[i] = c < 0 ? 1.0 : 0.0;
                }
            }
            return CategoricalColumn.owning(in.name(), codes, levels.toArray(String[]::new));
        }
        // Text where a category was fitted: the same strings, re-encoded.
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            String v = in.getString(i);
            s[i] = v == null ? level : v;
            if (missing != null) {
                missing[i] = v == null ? 1.0 : 0.0;
            }
        }
        return CategoricalColumn.fromStrings(in.name(), s);
    }

    @Override
    protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        Fill f = fills.get(h);
        boolean miss;
        if (f.isCategorical()) {
            String s = in.str[inIdx];
            miss = s == null;
            out.str[outStart] = miss ? f.level() : s;
        } else {
            double x = in.num[inIdx];
            miss = Double.isNaN(x);
            out.num[outStart] = miss ? f.number() : x;
        }
        if (f.indicator()) {
            out.num[outStart + 1] = miss ? 1.0 : 0.0;
        }
    }

    @Override
    public StepState save() {
        ObjectNode p = StepIO.withSchema(inputSchema());
        ArrayNode levels = p.putArray("levels");
        ArrayNode indicators = p.putArray("indicators");
        double[] numbers = new double[fills.size()];
        for (int h = 0; h < fills.size(); h++) {
            Fill f = fills.get(h);
            if (f.isCategorical()) {
                levels.add(f.level());
            } else {
                levels.addNull();
            }
            indicators.add(f.indicator());
            numbers[h] = f.number();
        }
        return new StepState(kind(), p, Map.of("fill", Payloads.doubles(numbers)));
    }

    public static FittedImputer load(StepState st) {
        Schema s = StepIO.schema(st, "columns");
        JsonNode levels = st.require("levels");
        JsonNode indicators = st.require("indicators");
        if (levels.size() != s.size() || indicators.size() != s.size()) {
            throw st.corrupt("levels and indicators must have one entry per column");
        }
        double[] numbers = StepIO.doubles(st, "fill", s.size());
        List<Fill> fills = new ArrayList<>();
        for (int h = 0; h < s.size(); h++) {
            Field f = s.field(h);
            boolean ind = indicators.get(h).asBoolean();
            if (f.type() == ColumnType.CATEGORICAL) {
                if (!levels.get(h).isTextual()) {
                    throw st.corrupt("categorical column '" + f.name() + "' has no fill level");
                }
                fills.add(Fill.categorical(f, levels.get(h).asText(), ind));
            } else if (f.type().isNumber()) {
                fills.add(Fill.numeric(f, numbers[h], ind));
            } else {
                throw st.corrupt("column '" + f.name() + "' has type " + f.type().label() + ", which the imputer does not fill");
            }
        }
        return new FittedImputer(fills);
    }
}
