package dev.modelyard.scoring.features;

import dev.modelyard.core.frame.Field;
import java.util.List;

/**
 * The fitted levels of one categorical column, in the order a step uses them (one-hot: output column
 * order; ordinal: code order).
 */
public record ColumnLevels(Field field, List<String> levels) {
    public ColumnLevels {
        levels = List.copyOf(levels);
    }
}
