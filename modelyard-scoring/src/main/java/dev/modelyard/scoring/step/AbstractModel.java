package dev.modelyard.scoring.step;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.api.Model;
import dev.modelyard.scoring.api.RowPredictor;
import dev.modelyard.scoring.api.RowTransform;
import dev.modelyard.scoring.api.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of models: subclasses implement {@link #predictRow} (and {@link #rowPredictor()} when they need
 * scratch space). Batch and compiled scoring call the same row predictor for every row, so batch and
 * row-at-a-time outputs are identical by construction.
 */
public abstract class AbstractModel implements Model {
    private final Task task;
    private final List<String> classes;
    private final List<String> featureNames;
    private final Schema input;

    protected AbstractModel(Task task, List<String> classes, List<String> featureNames) {
        this.task = task;
        this.classes = List.copyOf(classes);
        this.featureNames = List.copyOf(featureNames);
        List<Field> f = new ArrayList<>();
        for (String n : featureNames) {
            f.add(new Field(n, ColumnType.DOUBLE));
        }
        this.input = Schema.of(f);
    }

    @Override public final Task task() { return task; }
    @Override public final List<String> classes() { return classes; }
    @Override public final List<String> featureNames() { return featureNames; }
    @Override public final Schema inputSchema() { return input; }

    @Override
    public final Schema outputSchema(Schema in) {
        in.requireCompatible(input, "model '" + kind() + "'");
        return Model.outputSchema(task, classes);
    }

    @Override
    public final Frame transform(Frame data) {
        data.schema().requireCompatible(input, "model '" + kind() + "'");
        int p = featureNames.size();
        Column[] cols = new Column[p];
        for (int j = 0; j < p; j++) {
            cols[j] = data.column(featureNames.get(j));
            if (cols[j].type() == ColumnType.TEXT || cols[j].type() == ColumnType.CATEGORICAL) {
                throw ModelyardException.invalid("model '" + kind() + "' needs numeric features; column '" + cols[j].name() + "' is " + cols[j].type().label());
            }
        }
        int n = data.rowCount();
        int w = outputWidth();
        double[][] out = new double[w][n];
        double[] x = new double[p];
        double[] y = new double[w];
        RowPredictor predictor = rowPredictor();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[j] = cols[j].getDouble(i);
            }
            predictor.predict(x, y);
            for (int k = 0; k < w; k++) {
                out[k][i] = y[k];
            }
        }
        List<String> names = Model.outputNames(task, classes);
        List<Column> result = new ArrayList<>(w);
        for (int k = 0; k < w; k++) {
            result.add(DoubleColumn.owning(names.get(k), out[k]));
        }
        return Frame.of(result);
    }

    @Override
    public final RowTransform compile(Schema in) {
        outputSchema(in);
        int p = featureNames.size();
        int[] pos = new int[p];
        for (int j = 0; j < p; j++) {
            pos[j] = in.require(featureNames.get(j));
        }
        double[] x = new double[p];
        double[] y = new double[outputWidth()];
        RowPredictor predictor = rowPredictor();
        return (row, out) -> {
            for (int j = 0; j < p; j++) {
                x[j] = row.num[pos[j]];
            }
            predictor.predict(x, y);
            System.arraycopy(y, 0, out.num, 0, y.length);
        };
    }
}
