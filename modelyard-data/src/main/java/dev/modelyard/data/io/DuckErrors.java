package dev.modelyard.data.io;

import dev.modelyard.core.error.ModelyardException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Turns DuckDB's errors into messages that say what is wrong with the user's file, without SQL noise. */
final class DuckErrors {
    private DuckErrors() {}

    static ModelyardException translate(SQLException e, Path file, FileFormat format) {
        String m = String.valueOf(e.getMessage());
        String where = "file " + file;
        if (m.contains("No files found")) {
            return ModelyardException.notFound("file not found: " + file);
        }
        if (m.toLowerCase().contains("gzip")) {
            return ModelyardException.invalid(where + ": the gzip data is corrupt or truncated (" + firstLine(m) + ")");
        }
        if (format == FileFormat.PARQUET && (m.contains("magic bytes") || m.contains("Parquet"))) {
            return ModelyardException.invalid(where + " is not a valid Parquet file (" + firstLine(m) + ")");
        }
        if ((format == FileFormat.JSON || format == FileFormat.JSON_LINES) && m.toLowerCase().contains("json")) {
            return ModelyardException.invalid(where + " is not valid JSON: " + firstLine(m));
        }
        return ModelyardException.invalid("cannot read " + where + ": " + firstLine(m));
    }

    /** The first line of a DuckDB message, minus its "X Error: " prefix. */
    static String firstLine(String m) {
        String first = m.strip().lines().findFirst().orElse(m);
        int colon = first.indexOf("Error: ");
        return colon >= 0 && colon < 30 ? first.substring(colon + 7) : first;
    }
}
