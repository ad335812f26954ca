package dev.modelyard.monitoring.window;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Names;
import dev.modelyard.core.frame.TimestampColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cuts a frame into windows by time, by row count, or not at all. */
public final class Windows {
    private Windows() {}

    /**
     * Splits {@code data} into windows. Time windows ({@link WindowSpec#needsTime()}) read {@code timeColumn}
     * (timestamps, epoch milliseconds, or ISO dates/times as text), come in time order, leave out empty windows and
     * count rows without a time in {@link WindowSplit#rowsWithoutTime()}. Count windows follow row order; with a
     * time column they also carry the earliest and latest time of their rows.
     *
     * @param timeColumn the time column's name; may be null for count and whole windows
     * @throws ModelyardException when the time column is needed but not given, absent, or holds a value that is not a time
     */
    public static WindowSplit split(Frame data, String timeColumn, WindowSpec spec) {
        TimestampColumn time = timeColumn == null ? null : TimeValues.of(timeColumn(data, timeColumn));
        if (spec.needsTime() && time == null) {
            throw ModelyardException.invalid("time windows need a time column; the data has: " + listed(data));
        }
        return switch (spec) {
            case WindowSpec.ByCount c -> new WindowSplit(byCount(data.rowCount(), c.rows(), time), 0);
            case WindowSpec.Whole w -> new WindowSplit(data.rowCount() == 0 ? List.of()
                    : List.of(counted("all", 0, data.rowCount(), time)), 0);
            case WindowSpec.ByTime t -> byTime(time, new TimeBuckets.Fixed(t.duration()));
            case WindowSpec.Calendar c -> byTime(time, new TimeBuckets.Months(c.months()));
        };
    }

    private static WindowSplit byTime(TimestampColumn time, TimeBuckets buckets) {
        int n = time.size();
        int[] timed = new int[n];
        long[] keys = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!time.isNull(i)) {
                timed[m] = i;
                keys[m++] = buckets.key(time.getMillis(i));
            }
        }
        long[] distinct = Arrays.stream(keys, 0, m).sorted().distinct().toArray();
        // Windows are counted first so that each one's row array is allocated once, at its size.
        int[] slot = new int[m];
        int[] size = new int[distinct.length];
        for (int j = 0; j < m; j++) {
            slot[j] = Arrays.binarySearch(distinct, keys[j]);
            size[slot[j]]++;
        }
        int[][] rows = new int[distinct.length][];
        for (int w = 0; w < rows.length; w++) {
            rows[w] = new int[size[w]];
            size[w] = 0;
        }
        for (int j = 0; j < m; j++) {
            rows[slot[j]][size[slot[j]]++] = timed[j];
        }
        List<Window> out = new ArrayList<>(rows.length);
        for (int w = 0; w < rows.length; w++) {
            long key = distinct[w];
            out.add(new Window(buckets.label(key), Instant.ofEpochMilli(buckets.start(key)), Instant.ofEpochMilli(buckets.start(key + 1)), rows[w]));
        }
        return new WindowSplit(out, n - m);
    }

    private static List<Window> byCount(int rows, int size, TimestampColumn time) {
        List<Window> out = new ArrayList<>();
        for (int from = 0; from < rows; from += size) {
            int to = (int) Math.min(rows, (long) from + size);
            out.add(counted("rows " + from + "-" + (to - 1), from, to, time));
        }
        return out;
    }

    private static Window counted(String label, int from, int to, TimestampColumn time) {
        int[] rows = new int[to - from];
        Arrays.setAll(rows, i -> from + i);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = from; time != null && i < to; i++) {
            if (!time.isNull(i)) {
                min = Math.min(min, time.getMillis(i));
                max = Math.max(max, time.getMillis(i));
            }
        }
        boolean timed = min <= max;
        return new Window(label, timed ? Instant.ofEpochMilli(min) : null, timed ? Instant.ofEpochMilli(max) : null, rows);
    }

    private static dev.modelyard.core.frame.Column timeColumn(Frame data, String name) {
        if (!data.has(name)) {
            List<String> close = Names.closest(name, data.schema().names());
            throw ModelyardException.invalid("time column '" + name + "' is not in the data"
                    + (close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)") + "; the data has: " + listed(data));
        }
        return data.column(name);
    }

    private static String listed(Frame data) {
        List<String> names = data.schema().names();
        return names.isEmpty() ? "no columns" : String.join(", ", names.subList(0, Math.min(30, names.size())))
                + (names.size() > 30 ? ", … (" + names.size() + " columns)" : "");
    }
}
