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

/** One 0/1 column per fitted level; see {@link OneHotEncoder}. */
public final class FittedOneHotEncoder extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "one_hot";

    private final List<ColumnLevels> encodings;
    private final LevelIndex[] index;
    private final List<List<Field>> outputs;

    /** One 0/1 column per listed level; unseen levels give all zeros. */
    public FittedOneHotEncoder(List<ColumnLevels> encodings) {
        super(Schema.of(encodings.stream().map(ColumnLevels::field).toList()));
        this.encodings = List.copyOf(encodings);
        this.index = new LevelIndex[encodings.size()];
        List<List<Field>> o = new ArrayList<>();
        for (int h = 0; h < encodings.size(); h++) {
            ColumnLevels e = encodings.get(h);
            index[h] = new LevelIndex(e.levels());
            List<Field> cols = new ArrayList<>();
            for (String level : e.levels()) {
                cols.add(new Field(e.field().name() + "=" + level, ColumnType.DOUBLE));
            }
            o.add(List.copyOf(cols));
        }
        this.outputs = List.copyOf(o);
    }

    @Override public String kind() { return KIND; }

    @Override protected List<Field> outputs(int h) { return outputs.get(h); }

    @Override
    protected List<Column> transformColumn(int h, Column in) {
        int k = index[h].size();
        int n = in.size();
        double[][] cols = new double[k][n];
        int[] pos = index[h].rows(in);
        for (int i = 0; i < n; i++) {
            if (pos[i] >= 0) {
                cols[pos[i]][i] = 1.0;
            }
        }
        List<Column> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            out.add(DoubleColumn.owning(outputs.get(h).get(j).name(), cols[j]));
        }
        return out;
    }

    @Override
    protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        LevelIndex li = index[h];
        int k = li.size();
        for (int j = 0; j < k; j++) {
            out.num[outStart + j] = 0.0;
        }
        int p = li.get(in.str[inIdx]);
        if (p >= 0) {
            out.num[outStart + p] = 1.0;
        }
    }

    @Override
    public StepState save() {
        return new StepState(kind(), StepIO.withLevels(encodings));
    }

    public static FittedOneHotEncoder load(StepState st) {
        return new FittedOneHotEncoder(StepIO.columnLevels(st));
    }
}
