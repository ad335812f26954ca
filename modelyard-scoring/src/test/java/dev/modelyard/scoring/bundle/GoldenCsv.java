package dev.modelyard.scoring.bundle;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The plain CSV of the golden inputs and expectations: no quoting (values never hold commas), an empty
 * cell is missing, doubles in {@link Double#toString} form (exact round trip), timestamps as epoch
 * milliseconds. Kept independent of modelyard-data so the golden test reads exactly what was written.
 */
public final class GoldenCsv {
    private GoldenCsv() {}

    public static String cell(Column c, int row) {
        if (c.isNull(row)) {
            return "";
        }
        return switch (c.type()) {
            case DOUBLE -> Double.toString(c.getDouble(row));
            case TIMESTAMP -> Long.toString(((TimestampColumn) c).getMillis(row));
            default -> c.getString(row);
        };
    }

    public static List<String> write(Frame f) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", f.schema().names()));
        for (int i = 0; i < f.rowCount(); i++) {
            List<String> cells = new ArrayList<>();
            for (Column c : f.columns()) {
                String v = cell(c, i);
                if (v.contains(",") || v.contains("\n")) {
                    throw new IllegalArgumentException("golden CSV cells cannot hold commas: " + v);
                }
                cells.add(v);
            }
            lines.add(String.join(",", cells));
        }
        return lines;
    }

    /** The columns of {@code schema} from {@code lines} (other columns are skipped). */
    public static Frame read(List<String> lines, Schema schema) {
        List<String> header = List.of(lines.get(0).split(",", -1));
        int n = lines.size() - 1;
        String[][] cells = new String[n][];
        for (int i = 0; i < n; i++) {
            cells[i] = lines.get(i + 1).split(",", -1);
        }
        List<Column> cols = new ArrayList<>();
        for (Field f : schema.fields()) {
            int j = header.indexOf(f.name());
            if (j < 0) {
                throw new IllegalArgumentException("golden CSV has no column " + f.name());
            }
            BitSet nulls = new BitSet();
            double[] d = new double[n];
            long[] l = new long[n];
            String[] s = new String[n];
            for (int i = 0; i < n; i++) {
                String v = cells[i][j];
                if (v.isEmpty()) {
                    nulls.set(i);
                    d[i] = Double.NaN;
                    continue;
                }
                switch (f.type()) {
                    case DOUBLE -> d[i] = Double.parseDouble(v);
                    case LONG, TIMESTAMP -> l[i] = Long.parseLong(v);
                    default -> s[i] = v;
                }
            }
            cols.add(switch (f.type()) {
                case DOUBLE -> DoubleColumn.of(f.name(), d);
                case LONG -> LongColumn.of(f.name(), l, nulls);
                case TIMESTAMP -> TimestampColumn.of(f.name(), l, nulls);
                case CATEGORICAL -> CategoricalColumn.fromStrings(f.name(), s);
                case TEXT -> TextColumn.of(f.name(), s);
                case BOOLEAN -> throw new IllegalArgumentException("no boolean columns in the golden data");
            });
        }
        return Frame.of(cols);
    }
}
