package dev.modelyard.data.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Fixed-size blocks of a primitive array type, joined once at the end. The row count of a result is
 * unknown until it has been read; doubling one big array would copy every value about twice more and
 * leave a trail of huge garbage arrays, which costs more than the read itself on wide files.
 *
 * @param <A> the array type, e.g. {@code long[]}
 */
final class Blocks<A> {
    /** Rows per block: a power of two, and small enough (256 KiB of longs) to stay out of G1's humongous regions. */
    static final int SIZE = 1 << 15;
    static final int MASK = SIZE - 1;

    private final IntFunction<A> allocate;
    private final List<A> blocks = new ArrayList<>();

    Blocks(IntFunction<A> allocate) {
        this.allocate = allocate;
    }

    /** A new block to fill; row {@code r} goes to index {@code r & MASK} of block {@code r / SIZE}. */
    A next() {
        A block = allocate.apply(SIZE);
        blocks.add(block);
        return block;
    }

    /** The first {@code rows} values as one array (the only block itself when it is exactly full). */
    A join(int rows) {
        if (blocks.size() == 1 && rows == SIZE) {
            return blocks.getFirst();
        }
        A out = allocate.apply(rows);
        for (int b = 0, at = 0; at < rows; b++, at += SIZE) {
            System.arraycopy(blocks.get(b), 0, out, at, Math.min(SIZE, rows - at));
            blocks.set(b, null); // let the block go before the next copy
        }
        return out;
    }
}
