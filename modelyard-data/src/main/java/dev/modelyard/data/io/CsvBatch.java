package dev.modelyard.data.io;

/**
 * Rows scanned but not yet handed to the columns: every field's bounds in one buffer that is not written while
 * the batch is alive, column-major (field f of row r at {@code f * capacity + r}). Batches and buffers go round between the scanning thread and the {@link CsvCommitter}.
 */
final class CsvBatch {
    static final long TEXT = -1;
    static final long ESCAPED = -2;
    /** Marks the end of the rows. */
    static final CsvBatch END = new CsvBatch(0);

    final int[] starts;
    final int[] ends;
    /**
     * Per field: its value when it is a plain unsigned integer of at most 18 digits (then its end is not
     * recorded: the digits end it), else {@link #TEXT}, or {@link #ESCAPED} for a quoted field with doubled quotes inside.
     */
    final long[] plains;
    byte[] buf;
    int firstRow;
    int rows;
    /** The buffer to give back once this batch is committed (the scanner has moved past it), or null. */
    byte[] release;

    CsvBatch(int fields) {
        starts = new int[fields];
        ends = new int[fields];
        plains = new long[fields];
    }
}
