package dev.modelyard.monitoring.log;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TimestampColumn;
import java.util.BitSet;
import java.util.List;

/**
 * Scored rows read back from a prediction log, row {@code i} of every part belonging together, in log order.
 *
 * @param features     the model's input features, typed by its signature
 * @param outputs      {@code proba_<class>} columns (classifiers) or one {@code prediction} column, as {@code predict} returns
 * @param epochMillis  each row's request time
 * @param requestIds   each row's request id
 * @param versions     the model version that scored each row
 * @param actual       labels joined from the feedback log (categorical for classifiers, double for regression; missing
 *                     where no feedback came); null when no row has feedback
 * @param skippedLines malformed prediction and feedback lines that were counted and skipped
 * @param problems     the first few of them, as {@code file:line: what}
 */
public record LoggedPredictions(Frame features, Frame outputs, long[] epochMillis, String[] requestIds, String[] versions,
                                Column actual, long skippedLines, List<String> problems) {
    /** Name of the time column in {@link #timeFrame()}. */
    public static final String TIME_COLUMN = "ts";

    public LoggedPredictions {
        problems = List.copyOf(problems);
    }

    public int rows() {
        return epochMillis.length;
    }

    /** The request times as a frame with one timestamp column, {@value #TIME_COLUMN}, for {@code Windows.split}. */
    public Frame timeFrame() {
        return Frame.of(TimestampColumn.of(TIME_COLUMN, epochMillis, new BitSet()));
    }

    /** The latest request time, or {@code Long.MIN_VALUE} when there are no rows (for reading on from here later). */
    public long latestEpochMillis() {
        long max = Long.MIN_VALUE;
        for (long t : epochMillis) {
            max = Math.max(max, t);
        }
        return max;
    }

    /** The given rows of every part (e.g. one window's); counts and problems stay those of the whole read. */
    public LoggedPredictions select(int[] rows) {
        long[] t = new long[rows.length];
        String[] ids = new String[rows.length];
        String[] v = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            t[i] = epochMillis[rows[i]];
            ids[i] = requestIds[rows[i]];
            v[i] = versions[rows[i]];
        }
        return new LoggedPredictions(features.select(rows), outputs.select(rows), t, ids, v,
                actual == null ? null : actual.select(rows), skippedLines, problems);
    }
}
