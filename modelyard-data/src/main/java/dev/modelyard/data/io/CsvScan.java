package dev.modelyard.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Plain-Java looks at a text file, used only to explain a failure DuckDB reports vaguely (its dialect
 * sniffer gives up on ragged files without saying where).
 */
final class CsvScan {
    private CsvScan() {}

    /** A data line whose field count differs from the header's. */
    record Ragged(long line, int expected, int found, String text) {}

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return FileFormat.isGzip(file) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** True when the (decompressed) content has no bytes. */
    static boolean isEmpty(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.read() < 0;
        }
    }

    /** The first line (1-based, header is line 1) with another number of fields than the header. */
    static Optional<Ragged> firstRagged(Path file, char delim) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8), 1 << 16)) {
            long lineNo = 0;
            int expected = -1;
            StringBuilder record = new StringBuilder();
            boolean inQuotes = false;
            int fields = 1;
            long recordStart = 1;
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (record.isEmpty() && !inQuotes) {
                    recordStart = lineNo;
                    fields = 1;
                } else {
                    record.append('\n');
                }
                record.append(line);
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        inQuotes = !inQuotes;
                    } else if (c == delim && !inQuotes) {
                        fields++;
                    }
                }
                if (inQuotes) {
                    continue; // a quoted field spans lines
                }
                boolean blank = record.toString().isBlank();
                if (!blank) {
                    if (expected < 0) {
                        expected = fields;
                    } else if (fields != expected) {
                        return Optional.of(new Ragged(recordStart, expected, fields, abbreviate(record.toString())));
                    }
                }
                record.setLength(0);
            }
            return Optional.empty();
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
