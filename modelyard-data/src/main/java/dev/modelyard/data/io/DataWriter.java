package dev.modelyard.data.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a frame as CSV (RFC 4180 quoting, header line, empty cell for null) or JSON lines (one object
 * per row, null for missing), chosen by extension; a trailing ".gz" compresses.
 */
public final class DataWriter {
    private DataWriter() {}

    /** Writes by extension: .csv / .csv.gz, or .jsonl / .ndjson / .json (always JSON lines), optionally .gz. */
    public static void write(Frame frame, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".csv")) {
            writeCsv(frame, file);
        } else if (base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json")) {
            writeJsonLines(frame, file);
        } else {
            throw ModelyardException.invalid("cannot write " + file + ": expected a .csv, .jsonl or .ndjson name (optionally .gz)");
        }
    }

    public static void writeCsv(Frame frame, Path file) {
        try (Writer w = open(file)) {
            writeCsv(frame, w);
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Writes CSV to a writer the caller owns (not closed here). */
    public static void writeCsv(Frame frame, Writer w) throws IOException {
        int n = frame.columnCount();
        for (int j = 0; j < n; j++) {
            if (j > 0) {
                w.write(',');
            }
            w.write(quote(frame.column(j).name()));
        }
        w.write('\n');
        for (int i = 0; i < frame.rowCount(); i++) {
            for (int j = 0; j < n; j++) {
                if (j > 0) {
                    w.write(',');
                }
                String v = frame.column(j).getString(i);
                if (v != null) {
                    w.write(quote(v));
                }
            }
            w.write('\n');
        }
    }

    public static void writeJsonLines(Frame frame, Path file) {
        try (Writer w = open(file)) {
            writeJsonLines(frame, w);
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Writes JSON lines to a writer the caller owns (not closed here). Numbers stay numbers. */
    public static void writeJsonLines(Frame frame, Writer w) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // Root values would otherwise be separated by a space; we write the newlines ourselves.
            g.setPrettyPrinter(new MinimalPrettyPrinter(""));
            for (int i = 0; i < frame.rowCount(); i++) {
                g.writeStartObject();
                for (Column c : frame.columns()) {
                    g.writeFieldName(c.name());
                    writeValue(g, c, i);
                }
                g.writeEndObject();
                g.flush();
                w.write('\n');
            }
        }
    }

    private static void writeValue(JsonGenerator g, Column c, int row) throws IOException {
        if (c.isNull(row)) {
            g.writeNull();
            return;
        }
        ColumnType t = c.type();
        switch (t) {
            case DOUBLE -> g.writeNumber(c.getDouble(row));
            case LONG -> g.writeNumber(((LongColumn) c).getLong(row));
            case BOOLEAN -> g.writeBoolean(((BooleanColumn) c).getBoolean(row));
            default -> g.writeString(c.getString(row));
        }
    }

    /** A CSV field, quoted when it holds a comma, quote, line break or edge whitespace. */
    static String quote(String s) {
        boolean needs = s.isEmpty() ? false : (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static Writer open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
