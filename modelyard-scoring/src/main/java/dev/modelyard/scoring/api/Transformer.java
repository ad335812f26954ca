package dev.modelyard.scoring.api;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.bundle.StepState;

/**
 * A fitted, immutable step. It runs column-at-a-time on a frame ({@link #transform}) and row-at-a-time
 * through {@link #compile}; both give identical values.
 */
public interface Transformer {
    /** The step's kind, the key its loader is registered under in {@link dev.modelyard.scoring.bundle.StepCodecs}. */
    String kind();

    /** The columns (and types) this step needs. */
    Schema inputSchema();

    /** The columns this step produces from an input laid out like {@link #inputSchema()}. */
    Schema outputSchema(Schema input);

    /** Batch form. Throws a clear {@code INVALID_INPUT} error when a needed column is absent or of the wrong type. */
    Frame transform(Frame input);

    /**
     * Row form, bound to an input layout. The result holds scratch space: use one per thread.
     * Its output buffer is laid out by {@link #outputSchema(Schema)} of {@code input}.
     */
    RowTransform compile(Schema input);

    /** Fitted parameters and payloads for the bundle. */
    StepState save();

    /**
     * Input columns this step throws away unread (e.g. ID-like columns). A scorer does not require
     * them at prediction time; when absent they are supplied as missing.
     */
    default java.util.Set<String> discards() {
        return java.util.Set.of();
    }
}
