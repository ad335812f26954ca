package dev.modelyard.learn.api;

import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;

/**
 * What a fit may use besides the data: the seed (the same seed gives the identical model), a thread
 * budget, a progress sink and a cancellation flag to poll between units of work.
 */
public record FitContext(long seed, int threads, Progress progress, Cancellation cancellation) {
    public FitContext {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
    }

    /** A context with the given seed, all cores, no progress and no cancellation. */
    public static FitContext seeded(long seed) {
        return new FitContext(seed, Runtime.getRuntime().availableProcessors(), Progress.NONE, new Cancellation());
    }

    public FitContext withSeed(long newSeed) { return new FitContext(newSeed, threads, progress, cancellation); }

    public FitContext withThreads(int n) { return new FitContext(seed, n, progress, cancellation); }
}
