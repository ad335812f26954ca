package dev.modelyard.data.io;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Blocks of a primitive array type, joined once at the end. The row count of a result is unknown until it
 * has been read; doubling one big array would copy every value about twice more and leave a trail of huge
 * garbage arrays, which costs more than the read itself on wide files.
 *
 * @param <A> the array type, e.g. {@code long[]}
 */
final class Blocks<A> {
    /** Rows per fixed-size block: a power of two, and small enough (256 KiB of longs) to stay out of G1's humongous regions. */
    static final int SIZE = 1 << 15;
    static final int MASK = SIZE - 1;

    private final IntFunction<A> allocate;
    private final List<A> blocks = new ArrayList<>();

    Blocks(IntFunction<A> allocate) {
        this.allocate = allocate;
    }

    /** A new block of {@link #SIZE} rows; row {@code r} goes to index {@code r & MASK} of block {@code r / SIZE}. */
    A next() {
        return next(SIZE);
    }

    /** A new block of {@code size} rows, following the previous blocks. */
    A next(int size) {
        A block = allocate.apply(size);
        blocks.add(block);
        return block;
    }

    /** Every block so far, in row order (for rewriting values in place). */
    List<A> all() {
        return blocks;
    }

    /** The first {@code rows} values as one array (the only block itself when it is exactly full). */
    A join(int rows) {
        if (blocks.size() == 1 && rows == Array.getLength(blocks.getFirst())) {
            return blocks.getFirst();
        }
        A out = allocate.apply(rows);
        for (int b = 0, at = 0; at < rows; b++) {
            int n = Math.min(Array.getLength(blocks.get(b)), rows - at);
            System.arraycopy(blocks.get(b), 0, out, at, n);
            blocks.set(b, null); // let the block go before the next copy
            at += n;
        }
        return out;
    }
}
