package dev.modelyard.core.frame;

import dev.modelyard.core.error.ModelyardException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered names and types of a frame's columns. */
public final class Schema {
    private final List<Field> fields;
    private final Map<String, Integer> index;

    private Schema(List<Field> fields) {
        this.fields = List.copyOf(fields);
        this.index = new HashMap<>();
        for (int i = 0; i < this.fields.size(); i++) {
            if (index.put(this.fields.get(i).name(), i) != null) {
                throw ModelyardException.invalid("duplicate column name '" + this.fields.get(i).name() + "'");
            }
        }
    }

    public static Schema of(List<Field> fields) {
        return new Schema(fields);
    }

    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    public List<Field> fields() { return fields; }

    public int size() { return fields.size(); }

    public Field field(int i) { return fields.get(i); }

    /** Position of a column, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public boolean contains(String name) { return index.containsKey(name); }

    public Optional<Field> find(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(fields.get(i));
    }

    /** Position of a column; a clear error naming close matches when absent. */
    public int require(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw ModelyardException.notFound("column '" + name + "' not found" + Names.suggestion(name, names()));
        }
        return i;
    }

    public List<String> names() {
        List<String> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            out.add(f.name());
        }
        return out;
    }

    /**
     * Checks that every field of {@code required} is present here with a compatible type, naming
     * each problem. Integer columns stand in for doubles (CSV inference may read 3.0 as 3).
     */
    public void requireCompatible(Schema required, String what) {
        List<String> problems = new ArrayList<>();
        for (Field f : required.fields()) {
            int i = indexOf(f.name());
            if (i < 0) {
                problems.add("missing column '" + f.name() + "' (" + f.type().label() + ")" + Names.suggestion(f.name(), names()));
            } else if (!compatible(fields.get(i).type(), f.type())) {
                problems.add("column '" + f.name() + "' is " + fields.get(i).type().label() + " but " + what + " expects " + f.type().label());
            }
        }
        if (!problems.isEmpty()) {
            throw ModelyardException.invalid(what + ": " + String.join("; ", problems));
        }
    }

    /** Whether data of type {@code actual} can feed a slot declared {@code expected}. */
    public static boolean compatible(ColumnType actual, ColumnType expected) {
        if (actual == expected) {
            return true;
        }
        boolean numericExpected = expected == ColumnType.DOUBLE || expected == ColumnType.LONG || expected == ColumnType.BOOLEAN;
        boolean numericActual = actual == ColumnType.DOUBLE || actual == ColumnType.LONG || actual == ColumnType.BOOLEAN;
        if (numericExpected && numericActual) {
            return true;
        }
        // Categories and text are both strings on the wire; a column can be read as either.
        return (expected == ColumnType.CATEGORICAL || expected == ColumnType.TEXT)
                && (actual == ColumnType.CATEGORICAL || actual == ColumnType.TEXT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema s && s.fields.equals(fields);
    }

    @Override
    public int hashCode() { return fields.hashCode(); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            sb.append(sb.isEmpty() ? "" : ", ").append(f.name()).append(':').append(f.type().label());
        }
        return "Schema[" + sb + "]";
    }
}
