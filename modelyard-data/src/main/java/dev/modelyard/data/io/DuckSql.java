package dev.modelyard.data.io;

import java.nio.file.Path;

/** Builds the DuckDB table-function call that scans a file, with every option spelled out. */
final class DuckSql {
    private DuckSql() {}

    /** A SQL string literal. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A quoted SQL identifier. */
    static String ident(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** The scan of a Parquet or JSON file (CSV and TSV are read by {@link CsvReader}). */
    static String scan(Path file, FileFormat format) {
        String path = literal(file.toAbsolutePath().toString());
        return switch (format) {
            case PARQUET -> "read_parquet(" + path + ")";
            case JSON -> "read_json(" + path + ", format='auto')";
            case JSON_LINES -> "read_json(" + path + ", format='newline_delimited')";
            case CSV, TSV -> throw new IllegalArgumentException("delimited text is read by CsvReader");
        };
    }
}
