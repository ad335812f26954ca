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

/**
 * Replaces each handled categorical column by one double column of the same name holding its level's
 * code (the level's position in the fitted order); unseen and missing values give NaN, which tree
 * learners route by their learnt default direction. See {@code OrdinalEncoder} for how the order is chosen.
 */
public final class FittedOrdinalEncoder extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "ordinal";

    private final List<ColumnLevels> encodings;
    private final LevelIndex[] index;
    private final List<List<Field>> outputs;

    /** Encodes each listed column by the position of its level in {@link ColumnLevels#levels()}: the first level is 0. */
    public FittedOrdinalEncoder(List<ColumnLevels> encodings) {
        super(Schema.of(encodings.stream().map(ColumnLevels::field).toList()));
        this.encodings = List.copyOf(encodings);
        this.index = new LevelIndex[encodings.size()];
        List<List<Field>> o = new ArrayList<>();
        for (int h = 0; h < encodings.size(); h++) {
            index[h] = new LevelIndex(encodings.get(h).levels());
            o.add(List.of(new Field(encodings.get(h).field().name(), ColumnType.DOUBLE)));
        }
        this.outputs = List.copyOf(o);
    }

    @Override public String kind() { return KIND; }

    /** The code of {@code level} in {@code column}: its position in the fitted order, NaN when unseen or null. */
    public double code(String column, String level) {
        return code(index[inputSchema().require(column)].get(level));
    }

    private static double code(int position) {
        return position < 0 ? Double.NaN : position;
    }

    @Override protected List<Field> outputs(int h) { return outputs.get(h); }

    @Override
    protected List<Column> transformColumn(int h, Column in) {
        int[] pos = index[h].rows(in);
        double[] v = new double[pos.length];
        for (int i = 0; i < pos.length; i++) {
            v[i] = code(pos[i]);
        }
        return List.of(DoubleColumn.owning(in.name(), v));
    }

    @Override
    protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        out.num[outStart] = code(index[h].get(in.str[inIdx]));
    }

    @Override
    public StepState save() {
        return new StepState(kind(), StepIO.withLevels(encodings));
    }

    public static FittedOrdinalEncoder load(StepState st) {
        return new FittedOrdinalEncoder(StepIO.columnLevels(st));
    }
}
