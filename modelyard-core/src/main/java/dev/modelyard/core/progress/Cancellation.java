package dev.modelyard.core.progress;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A cancellation flag that long work polls between units (folds, boosting rounds, batches). */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }

    /** Throws {@link ErrorCode#CANCELLED} once {@link #cancel()} was called. */
    public void check() {
        if (cancelled.get()) {
            throw new ModelyardException(ErrorCode.CANCELLED, "cancelled");
        }
    }
}
