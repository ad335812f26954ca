package dev.modelyard.serving.input;

import java.util.List;

/**
 * A request's rows as decoded from one wire format, before typing: named columns, and a raw value per cell
 * which is a Jackson {@code JsonNode}, a {@code String} (CSV) or Java {@code null} when the row does not
 * carry the column at all (a record without the key). {@link RowTyper} turns it into typed rows.
 */
public interface InputTable {
    int rows();

    /** Column names in the order the request gave them. */
    List<String> columns();

    /** The position of a column, or -1. */
    default int indexOf(String name) {
        return columns().indexOf(name);
    }

    /** The raw value of a cell (see the class comment). */
    Object value(int column, int row);

    /** Words for where a column came from in messages, e.g. "feature" or "tensor". */
    default String columnWord() {
        return "feature";
    }
}
