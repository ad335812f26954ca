package dev.modelyard.data.io;

import dev.modelyard.core.error.ModelyardException;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats {@link DataReader} reads, chosen by extension (a trailing ".gz" means gzip). */
public enum FileFormat {
    CSV, TSV, PARQUET, JSON, JSON_LINES;

    /** The format of a file by its name; a clear error listing the supported extensions otherwise. */
    public static FileFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = isGzip(file) ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".csv")) {
            return CSV;
        }
        if (base.endsWith(".tsv") || base.endsWith(".tab")) {
            return TSV;
        }
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (base.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".parquet") || name.endsWith(".pq")) {
            return PARQUET;
        }
        throw ModelyardException.invalid("unsupported file type: " + file
                + " (expected .csv, .tsv, .parquet, .json, .jsonl or .ndjson; text formats may end in .gz)");
    }

    /** True when the name ends in ".gz". */
    public static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** True for delimited text, where a line number means something. */
    public boolean isDelimited() {
        return this == CSV || this == TSV;
    }
}
