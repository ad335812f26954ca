package dev.modelyard.core.frame;

/** The logical type of a column. Numeric kinds travel as doubles in a {@link RowBuffer}, the rest as strings. */
public enum ColumnType {
    DOUBLE, LONG, CATEGORICAL, TEXT, TIMESTAMP, BOOLEAN;

    /** True when a row buffer carries this type in its numeric slots. */
    public boolean isNumericSlot() {
        return this != CATEGORICAL && this != TEXT;
    }

    /** True for the types imputed and scaled as numbers (double, long, boolean), as opposed to timestamps and strings. */
    public boolean isNumber() {
        return this == DOUBLE || this == LONG || this == BOOLEAN;
    }

    /** Lower-case name used in manifests, schemas and the CLI. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a label written by {@link #label()}; the message lists the accepted names. */
    public static ColumnType parse(String label) {
        for (ColumnType t : values()) {
            if (t.label().equalsIgnoreCase(label.trim())) {
                return t;
            }
        }
        throw dev.modelyard.core.error.ModelyardException.invalid(
                "unknown column type '" + label + "' (expected one of double, long, categorical, text, timestamp, boolean)");
    }
}
