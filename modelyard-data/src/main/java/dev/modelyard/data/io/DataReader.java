package dev.modelyard.data.io;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CSV (.csv, .tsv, optionally .gz), Parquet and JSON / JSON-lines files into a {@link Frame}: delimited
 * text with Modelyard's own {@link CsvReader}, Parquet and JSON through an embedded, in-memory DuckDB.
 *
 * <p>Types: integers become LONG, floating and decimal numbers DOUBLE, booleans BOOLEAN, dates and
 * timestamps TIMESTAMP (epoch millis, UTC), strings CATEGORICAL or TEXT (rule on {@link ReadOptions}).
 * Strings are trimmed, and cells equal to a missing marker after trimming are null; a string column
 * whose trimmed values all parse as integers, numbers or true/false gets that type instead.
 * CSV files must have a header line, use commas (.tsv: tabs) and double quotes; every row must have
 * as many fields as the header; blank lines are skipped.
 */
public final class DataReader {
    private DataReader() {}

    /** Reads with {@link ReadOptions#defaults()}. */
    public static Frame read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /** Reads a file; every failure is a {@link ModelyardException} that names the file and, when known, the line. */
    public static Frame read(Path file, ReadOptions options) {
        if (!Files.exists(file)) {
            throw ModelyardException.notFound("file not found: " + file);
        }
        if (Files.isDirectory(file)) {
            throw ModelyardException.invalid(file + " is a directory, not a data file");
        }
        FileFormat format = FileFormat.of(file);
        if (format.isDelimited()) {
            return CsvReader.read(file, format, options);
        }
        checkNotEmpty(file, format);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            List<SourceColumn> source = describe(c, DuckSql.scan(file, format));
            checkOverrides(source.stream().map(SourceColumn::name).toList(), options.types());
            return load(c, file, format, options, source);
        } catch (SQLException e) {
            throw DuckErrors.translate(e, file, format);
        }
    }

    private static void checkNotEmpty(Path file, FileFormat format) {
        try {
            if (Files.size(file) == 0 || (format != FileFormat.PARQUET && FileFormat.isGzip(file) && TextInput.isEmpty(file))) {
                throw ModelyardException.invalid("file " + file + " is empty");
            }
        } catch (IOException e) {
            if (FileFormat.isGzip(file)) {
                throw ModelyardException.invalid("file " + file + ": the gzip data is corrupt or truncated (" + e.getMessage() + ")");
            }
            throw ModelyardException.invalid("cannot read file " + file + ": " + e.getMessage());
        }
    }

    /** A column as DuckDB sees the file. */
    record SourceColumn(String name, String duckType) {}

    /**
     * Every column as DuckDB types it. Preparing only binds the scan (sniffing a sample): cheaper than
     * running it with LIMIT 0, and DESCRIBE SELECT was seen to read the whole file. Executing the prepared
     * statement itself was measured to scan CSV on one thread, so {@link #load} runs its own query.
     */
    private static List<SourceColumn> describe(Connection c, String scan) throws SQLException {
        List<SourceColumn> out = new ArrayList<>();
        try (PreparedStatement all = c.prepareStatement("SELECT * FROM " + scan)) {
            ResultSetMetaData md = all.getMetaData();
            for (int j = 1; j <= md.getColumnCount(); j++) {
                out.add(new SourceColumn(md.getColumnName(j), md.getColumnTypeName(j)));
            }
        }
        return out;
    }

    /** Every type override must name a column of the file; a clear error with close names otherwise. */
    static void checkOverrides(List<String> names, Map<String, ColumnType> types) {
        for (String wanted : types.keySet()) {
            if (!names.contains(wanted)) {
                throw ModelyardException.notFound("type override for column '" + wanted + "', which the file does not have"
                        + Names.suggestion(wanted, names));
            }
        }
    }

    private static Frame load(Connection c, Path file, FileFormat format, ReadOptions options, List<SourceColumn> source) throws SQLException {
        Set<String> missing = new HashSet<>(options.missing());
        List<String> exprs = new ArrayList<>(source.size());
        ColumnSink[] sinks = new ColumnSink[source.size()];
        for (int j = 0; j < source.size(); j++) {
            SourceColumn col = source.get(j);
            DuckKind kind = DuckKind.of(col.duckType());
            ColumnPlan plan = ColumnPlan.of(col.name(), kind, options.types().get(col.name()));
            exprs.add(plan.expression());
            sinks[j] = plan.sink(missing, options);
        }
        String sql = "SELECT " + String.join(", ", exprs) + " FROM " + DuckSql.scan(file, format);
        int rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = sinks.length;
            while (rs.next()) {
                if ((rows & Blocks.MASK) == 0) {
                    for (ColumnSink sink : sinks) {
                        sink.nextBlock();
                    }
                }
                for (int j = 0; j < n; j++) {
                    sinks[j].read(rs, j + 1, rows);
                }
                rows++;
            }
        }
        if (rows == 0) {
            throw ModelyardException.invalid("file " + file + " has no data rows");
        }
        List<Column> columns = new ArrayList<>(sinks.length);
        for (ColumnSink sink : sinks) {
            try {
                columns.add(sink.finish(rows));
            } catch (ModelyardException e) {
                throw new ModelyardException(e.code(), "file " + file + ": " + e.getMessage());
            }
        }
        return Frame.of(columns);
    }
}
