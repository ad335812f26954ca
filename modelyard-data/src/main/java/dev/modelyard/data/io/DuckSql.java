package dev.modelyard.data.io;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * The scan of {@code file}. CSV dialect options are fixed rather than sniffed so that a ragged row
     * is an error instead of being padded, skipped or taken for a new header.
     *
     * @param varchar    columns DuckDB must keep as text (type overrides parsed by us, with clear errors)
     * @param fullSample sniff types from every row instead of a sample
     */
    static String scan(Path file, FileFormat format, List<String> missing, Collection<String> varchar, boolean fullSample) {
        String path = literal(file.toAbsolutePath().toString());
        return switch (format) {
            case CSV, TSV -> "read_csv(" + path
                    + ", header=true, skip=0, delim=" + (format == FileFormat.TSV ? "'\t'" : "','")
                    + ", quote='\"', escape='\"', strict_mode=true, null_padding=false, ignore_errors=false"
                    // No BOOLEAN candidate: DuckDB would read yes/no labels as booleans and lose them;
                    // strict true/false columns are still typed boolean by our own string inference.
                    + ", auto_type_candidates=['BIGINT','DOUBLE','DATE','TIMESTAMP','VARCHAR']"
                    + (missing.isEmpty() ? "" : ", nullstr=[" + missing.stream().map(DuckSql::literal).collect(Collectors.joining(",")) + "]")
                    + (varchar.isEmpty() ? "" : ", types={" + varchar.stream().map(c -> literal(c) + ":'VARCHAR'").collect(Collectors.joining(",")) + "}")
                    + (fullSample ? ", sample_size=-1" : "")
                    + ")";
            case PARQUET -> "read_parquet(" + path + ")";
            case JSON -> "read_json(" + path + ", format='auto')";
            case JSON_LINES -> "read_json(" + path + ", format='newline_delimited')";
        };
    }
}
