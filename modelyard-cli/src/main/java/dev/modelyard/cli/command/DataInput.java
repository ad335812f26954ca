package dev.modelyard.cli.command;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.io.DataReader;
import dev.modelyard.data.io.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading a data file for a command, with {@code --type col=type} overrides and a one-line summary. */
public final class DataInput {
    private DataInput() {}

    /** Parses {@code name=type} overrides; a malformed one is a clear error. */
    public static Map<String, ColumnType> parseTypes(List<String> specs) {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        if (specs == null) {
            return out;
        }
        for (String s : specs) {
            int eq = s.lastIndexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw ModelyardException.invalid("--type expects COLUMN=TYPE (e.g. zip=categorical), got '" + s + "'");
            }
            out.put(s.substring(0, eq).trim(), ColumnType.parse(s.substring(eq + 1)));
        }
        return out;
    }

    public static Frame read(Path file, Map<String, ColumnType> types, PrintWriter err, boolean quiet) {
        long t0 = System.nanoTime();
        Frame f = DataReader.read(file, ReadOptions.defaults().withTypes(types));
        if (!quiet) {
            err.printf("Read %s: %,d rows × %d columns in %.2f s%n", file.getFileName(), f.rowCount(), f.columnCount(), (System.nanoTime() - t0) / 1e9);
        }
        return f;
    }
}
