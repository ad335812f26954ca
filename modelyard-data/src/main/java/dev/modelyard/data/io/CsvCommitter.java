package dev.modelyard.data.io;

import java.util.concurrent.BlockingQueue;

/**
 * Hands scanned batches to the columns on a thread of its own, column by column (each column's arrays are
 * then written in order, rather than one value into each of many arrays per row, which on wide files was most
 * of the time: cache and TLB misses). Scanning and committing then run side by side. A failure is kept for the
 * scanner to throw; batches keep being taken back so the scanner never waits forever.
 */
final class CsvCommitter implements Runnable {
    private final CsvColumn[] columns;
    private final FieldText text;
    private final BlockingQueue<CsvBatch> filled;
    private final BlockingQueue<CsvBatch> free;
    private final BlockingQueue<byte[]> freeBuffers;
    private volatile Throwable failure;

    CsvCommitter(CsvColumn[] columns, byte delim, BlockingQueue<CsvBatch> filled, BlockingQueue<CsvBatch> free, BlockingQueue<byte[]> freeBuffers) {
        this.columns = columns;
        this.text = new FieldText(delim);
        this.filled = filled;
        this.free = free;
        this.freeBuffers = freeBuffers;
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void run() {
        try {
            while (true) {
                CsvBatch b = filled.take();
                if (b == CsvBatch.END) {
                    return;
                }
                if (failure == null) {
                    try {
                        commit(b);
                    } catch (RuntimeException | Error e) {
                        failure = e;
                    }
                }
                if (b.release != null) {
                    freeBuffers.offer(b.release);
                    b.release = null;
                }
                free.offer(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every row of the batch, one column at a time (a batch is column-major: see {@link CsvRows}). */
    void commit(CsvBatch b) {
        int n = columns.length;
        int stride = b.starts.length / n;
        for (int f = 0; f < n; f++) {
            columns[f].accept(b, f * stride, b.rows, b.firstRow, text);
        }
    }
}
