package dev.modelyard.data.io;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.ColumnType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link DataReader} reads a file.
 *
 * @param types             column type overrides by name; a cell that does not parse as its override is an error
 * @param missing           cell values read as null after trimming whitespace (default "", "NA", "?", "null")
 * @param maxCategoryLevels a string column is TEXT rather than CATEGORICAL when it has more than this many
 *                          distinct values and they make up more than half of its non-null rows (ID- or
 *                          sentence-like), or when its values average over 30 characters with more than 100
 *                          distinct values; otherwise CATEGORICAL (default 1000)
 */
public record ReadOptions(Map<String, ColumnType> types, List<String> missing, int maxCategoryLevels) {
    /** Default missing-value markers. */
    public static final List<String> DEFAULT_MISSING = List.of("", "NA", "?", "null");

    public ReadOptions {
        types = types == null ? Map.of() : Map.copyOf(types);
        missing = missing == null ? DEFAULT_MISSING : missing.stream().map(String::trim).distinct().toList();
        if (maxCategoryLevels < 1) {
            throw ModelyardException.invalid("maxCategoryLevels must be at least 1, got " + maxCategoryLevels);
        }
    }

    /** No overrides, the default missing markers and category threshold. */
    public static ReadOptions defaults() {
        return new ReadOptions(Map.of(), DEFAULT_MISSING, 1000);
    }

    /** A copy with these type overrides added (replacing earlier ones for the same columns). */
    public ReadOptions withTypes(Map<String, ColumnType> overrides) {
        Map<String, ColumnType> merged = new LinkedHashMap<>(types);
        merged.putAll(overrides);
        return new ReadOptions(merged, missing, maxCategoryLevels);
    }

    /** A copy with other missing-value markers. */
    public ReadOptions withMissing(List<String> markers) {
        return new ReadOptions(types, markers, maxCategoryLevels);
    }

    /** A copy with another category threshold. */
    public ReadOptions withMaxCategoryLevels(int levels) {
        return new ReadOptions(types, missing, levels);
    }
}
