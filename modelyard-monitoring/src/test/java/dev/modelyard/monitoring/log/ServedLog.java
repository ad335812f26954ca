package dev.modelyard.monitoring.log;

import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.pipeline.InputSignature;
import dev.modelyard.serving.input.Batch;
import dev.modelyard.serving.predict.Prediction;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds {@link Prediction}s the way the server does, to write real prediction logs in tests. */
final class ServedLog {
    static final Schema SCHEMA = Schema.of(new Field("age", ColumnType.DOUBLE), new Field("workclass", ColumnType.CATEGORICAL),
            new Field("hours", ColumnType.LONG), new Field("when", ColumnType.TIMESTAMP), new Field("member", ColumnType.BOOLEAN));
    static final InputSignature SIGNATURE = new InputSignature(SCHEMA, Set.copyOf(SCHEMA.names()), Map.of());

    private ServedLog() {}

    /** A scored request: per row age, workclass, hours, when, member; {@code outputs} per row per class (or one value). */
    static Prediction prediction(String id, String model, boolean shadow, long ts, List<String> classes, Object[][] rows,
                                 double[] outputs) {
        int w = SCHEMA.size();
        double[] num = new double[rows.length * w];
        String[] str = new String[rows.length * w];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < w; j++) {
                Object v = rows[i][j];
                if (SCHEMA.field(j).type().isNumericSlot()) {
                    num[i * w + j] = v == null ? Double.NaN : ((Number) v).doubleValue();
                } else {
                    str[i * w + j] = (String) v;
                }
            }
        }
        Batch b = new Batch(SCHEMA, rows.length, num, str, List.of(), List.of());
        return new Prediction(id, model, "v1", shadow ? "shadow" : "v1", shadow, ts, 1_000_000, classes, b, outputs);
    }
}
