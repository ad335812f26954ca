package dev.modelyard.scoring.features;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.ColumnStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code (x - mean) / std} per numeric column; see {@link StandardScaler}. */
public final class FittedStandardScaler extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "scale";
    private final double[] mean;
    private final double[] std;
    private final List<List<Field>> outputs;

    /** Scales each handled column to {@code (x - mean) / std} with the training statistics. */
    public FittedStandardScaler(List<Field> handled, double[] mean, double[] std) {
        super(Schema.of(handled));
        this.mean = mean.clone();
        this.std = std.clone();
        this.outputs = handled.stream().map(f -> List.of(new Field(f.name(), ColumnType.DOUBLE))).toList();
    }

    @Override public String kind() { return KIND; }

    public double mean(String column) { return mean[inputSchema().require(column)]; }

    public double std(String column) { return std[inputSchema().require(column)]; }

    @Override protected List<Field> outputs(int h) { return outputs.get(h); }

    @Override
    protected List<Column> transformColumn(int h, Column in) {
        double[] v = new double[in.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (in.getDouble(i) - mean[h]) / std[h];
        }
        return List.of(DoubleColumn.owning(in.name(), v));
    }

    @Override
    protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        out.num[outStart] = (in.num[inIdx] - mean[h]) / std[h];
    }

    @Override
    public StepState save() {
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        payloads.put("mean", Payloads.doubles(mean));
        payloads.put("std", Payloads.doubles(std));
        return new StepState(kind(), StepIO.withSchema(inputSchema()), payloads);
    }

    public static FittedStandardScaler load(StepState st) {
        Schema s = StepIO.schema(st, "columns");
        for (Field f : s.fields()) {
            if (!f.type().isNumber()) {
                throw st.corrupt("column '" + f.name() + "' is " + f.type().label() + ", not numeric");
            }
        }
        double[] std = StepIO.doubles(st, "std", s.size());
        for (double d : std) {
            if (!(d > 0) || Double.isInfinite(d)) {
                throw st.corrupt("standard deviations must be finite and positive");
            }
        }
        return new FittedStandardScaler(s.fields(), StepIO.doubles(st, "mean", s.size()), std);
    }
}
