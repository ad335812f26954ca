package dev.modelyard.data.io;

import dev.modelyard.core.error.ModelyardException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns DuckDB's errors into messages that say what is wrong with the user's file, without SQL noise. */
final class DuckErrors {
    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern ORIGINAL = Pattern.compile("Original Line: ([^\\n]*)");
    private static final Pattern COLUMNS = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");
    private static final Pattern CONVERT = Pattern.compile("Error when converting column \"([^\"]*)\"\\. Could not convert string \"([^\"]*)\" to '([^']*)'");

    private DuckErrors() {}

    /** True for a failed cast of a type DuckDB guessed from a sample (worth a retry with a full scan). */
    static boolean isSampledTypeMiss(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Could not convert") && m.contains("auto-detected");
    }

    static ModelyardException translate(SQLException e, Path file, FileFormat format) {
        String m = String.valueOf(e.getMessage());
        String where = "file " + file;
        if (m.contains("No files found")) {
            return ModelyardException.notFound("file not found: " + file);
        }
        if (m.toLowerCase().contains("gzip")) {
            return ModelyardException.invalid(where + ": the gzip data is corrupt or truncated (" + firstLine(m) + ")");
        }
        Matcher line = CSV_LINE.matcher(m);
        if (line.find()) {
            String at = where + ", line " + line.group(1);
            Matcher cols = COLUMNS.matcher(m);
            Matcher orig = ORIGINAL.matcher(m);
            String text = orig.find() ? ": " + CsvScan.abbreviate(orig.group(1)) : "";
            if (cols.find()) {
                return ModelyardException.invalid(at + ": expected " + cols.group(1) + " fields but found " + cols.group(2) + text);
            }
            Matcher conv = CONVERT.matcher(m);
            if (conv.find()) {
                return ModelyardException.invalid(at + ": column '" + conv.group(1) + "': cannot read '" + conv.group(2) + "' as " + conv.group(3).toLowerCase());
            }
            return ModelyardException.invalid(at + ": " + firstDetail(m) + text);
        }
        if (m.contains("Error when sniffing file") && format.isDelimited()) {
            Optional<CsvScan.Ragged> ragged = scanRagged(file, format);
            if (ragged.isPresent()) {
                CsvScan.Ragged r = ragged.get();
                return ModelyardException.invalid(where + ", line " + r.line() + ": expected " + r.expected()
                        + " fields (as in the header) but found " + r.found() + ": " + r.text());
            }
            return ModelyardException.invalid(where + ": cannot work out its CSV layout (" + (format == FileFormat.TSV ? "tab" : "comma")
                    + "-separated, double-quoted fields expected)");
        }
        if (format == FileFormat.PARQUET && (m.contains("magic bytes") || m.contains("Parquet"))) {
            return ModelyardException.invalid(where + " is not a valid Parquet file (" + firstLine(m) + ")");
        }
        if ((format == FileFormat.JSON || format == FileFormat.JSON_LINES) && m.toLowerCase().contains("json")) {
            return ModelyardException.invalid(where + " is not valid JSON: " + firstLine(m));
        }
        return ModelyardException.invalid("cannot read " + where + ": " + firstLine(m));
    }

    private static Optional<CsvScan.Ragged> scanRagged(Path file, FileFormat format) {
        try {
            return CsvScan.firstRagged(file, format == FileFormat.TSV ? '\t' : ',');
        } catch (IOException io) {
            return Optional.empty();
        }
    }

    /** The first line of a DuckDB message, minus its "X Error: " prefix. */
    static String firstLine(String m) {
        String first = m.strip().lines().findFirst().orElse(m);
        int colon = first.indexOf("Error: ");
        return colon >= 0 && colon < 30 ? first.substring(colon + 7) : first;
    }

    private static String firstDetail(String m) {
        return m.lines().skip(2).filter(l -> !l.isBlank()).findFirst().orElse(firstLine(m)).strip();
    }
}
