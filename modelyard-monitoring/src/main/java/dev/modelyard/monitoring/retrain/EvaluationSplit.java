package dev.modelyard.monitoring.retrain;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Names;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Which rows train the challenger and which judge champion and challenger. With separate evaluation data all new
 * rows train; otherwise the most recent share of the new data is held out, since the question is how the models
 * do on what comes next: by the time column when given (rows without a time count as oldest), else the last rows
 * in file order.
 *
 * @param train       rows to train on
 * @param evaluation  rows to compare on
 * @param description how the evaluation rows were chosen, for reports
 */
record EvaluationSplit(Frame train, Frame evaluation, String description) {
    static EvaluationSplit of(Frame data, Frame evalData, double fraction, String timeColumn) {
        if (evalData != null) {
            return new EvaluationSplit(data, evalData, "separate evaluation data (" + evalData.rowCount() + " rows)");
        }
        int n = data.rowCount();
        int held = (int) Math.round(n * fraction);
        if (held < 1 || n - held < 2) {
            throw ModelyardException.invalid("cannot hold out " + Math.round(fraction * 100) + "% of " + n
                    + " rows for evaluation: too few rows (give more data or --eval-data)");
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        String how = "the last " + held + " rows";
        if (timeColumn != null) {
            if (!data.has(timeColumn)) {
                throw ModelyardException.notFound("time column '" + timeColumn + "' not found in the new data"
                        + Names.suggestion(timeColumn, data.schema().names()));
            }
            Column t = data.column(timeColumn);
            // Stable sort: rows with the same time keep file order; a missing time sorts first (oldest).
            Arrays.sort(order, Comparator.comparingDouble(i -> t.isNull(i) ? Double.NEGATIVE_INFINITY : t.getDouble(i)));
            how = "the " + held + " most recent rows by '" + timeColumn + "'";
        }
        int[] train = new int[n - held];
        int[] eval = new int[held];
        for (int i = 0; i < n; i++) {
            if (i < train.length) {
                train[i] = order[i];
            } else {
                eval[i - train.length] = order[i];
            }
        }
        Arrays.sort(train);
        Arrays.sort(eval);
        return new EvaluationSplit(data.select(train), data.select(eval), how + " of the new data");
    }
}
