package dev.modelyard.scoring.features;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.ColumnStep;
import java.util.ArrayList;
import java.util.List;

/** Expands timestamp columns into calendar parts; see {@link DateTimeExpander}. */
public final class FittedDateTimeExpander extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "datetime";
    private final List<List<Field>> outputs;

    /** Expands each timestamp column into calendar parts (year … weekend). */
    public FittedDateTimeExpander(List<Field> handled) {
        super(Schema.of(handled));
        List<List<Field>> o = new ArrayList<>();
        for (Field f : handled) {
            List<Field> parts = new ArrayList<>();
            for (String p : CivilTime.PARTS) {
                parts.add(new Field(f.name() + "__" + p, ColumnType.DOUBLE));
            }
            o.add(List.copyOf(parts));
        }
        this.outputs = List.copyOf(o);
    }

    @Override public String kind() { return KIND; }

    @Override protected List<Field> outputs(int h) { return outputs.get(h); }

    @Override
    protected List<Column> transformColumn(int h, Column in) {
        int n = in.size();
        int w = CivilTime.PARTS.length;
        double[][] cols = new double[w][n];
        double[] scratch = new double[w];
        for (int i = 0; i < n; i++) {
            CivilTime.expand(in.getDouble(i), scratch, 0);
            for (int k = 0; k < w; k++) {
                cols[k][i] = scratch[k];
            }
        }
        List<Column> out = new ArrayList<>(w);
        for (int k = 0; k < w; k++) {
            out.add(DoubleColumn.owning(outputs.get(h).get(k).name(), cols[k]));
        }
        return out;
    }

    @Override
    protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        CivilTime.expand(in.num[inIdx], out.num, outStart);
    }

    @Override
    public StepState save() {
        return new StepState(kind(), StepIO.withSchema(inputSchema()));
    }

    public static FittedDateTimeExpander load(StepState st) {
        Schema s = StepIO.schema(st, "columns");
        for (Field f : s.fields()) {
            if (f.type() != ColumnType.TIMESTAMP) {
                throw st.corrupt("column '" + f.name() + "' is " + f.type().label() + ", expected timestamp");
            }
        }
        return new FittedDateTimeExpander(s.fields());
    }
}
