package dev.modelyard.scoring.api;

import dev.modelyard.core.frame.RowBuffer;

/** One compiled step, row-at-a-time, allocation-free: reads {@code in}, overwrites {@code out}. Not thread-safe. */
@FunctionalInterface
public interface RowTransform {
    void apply(RowBuffer in, RowBuffer out);
}
