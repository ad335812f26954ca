package dev.modelyard.core.frame;

import java.util.Objects;

/** A named, typed column slot in a {@link Schema}. */
public record Field(String name, ColumnType type) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
