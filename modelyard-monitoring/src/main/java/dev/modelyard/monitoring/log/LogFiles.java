package dev.modelyard.monitoring.log;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The files of one log in a folder: {@code <prefix>-yyyyMMdd-HH-NNNN.jsonl} as the server's rolling writer names
 * them (also gzipped, {@code .jsonl.gz}, as log rotation may leave them), in name order, which is time order.
 */
final class LogFiles {
    private static final Pattern HOUR = Pattern.compile("-(\\d{8})-(\\d{2})-\\d+\\.jsonl(\\.gz)?$");

    private LogFiles() {}

    /** What to do with each line; {@code where} is {@code file:line}. */
    @FunctionalInterface
    interface LineHandler {
        void line(String text, String where);
    }

    /** Log files with this prefix, oldest first. */
    static List<Path> list(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix + "-") && (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")) && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }

    /** Start of the UTC hour a file was opened in (from its name), or {@code Long.MIN_VALUE} when the name has none. */
    static long hourStart(Path file) {
        Matcher m = HOUR.matcher(file.getFileName().toString());
        if (!m.find()) {
            return Long.MIN_VALUE;
        }
        try {
            return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE).atTime(Integer.parseInt(m.group(2)), 0)
                    .toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * Feeds every non-blank line of a file to {@code handler}. A file that cannot be read to the end (a truncated
     * gzip, an I/O error) is reported to {@code problems} and the lines read so far stand.
     */
    static void forEachLine(Path file, LineHandler handler, Problems problems) {
        String name = file.getFileName().toString();
        long number = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    handler.line(line, name + ":" + number);
                }
            }
        } catch (IOException e) {
            problems.add(name + ":" + (number + 1), "cannot read further (" + e.getMessage() + ")");
        }
    }
}
