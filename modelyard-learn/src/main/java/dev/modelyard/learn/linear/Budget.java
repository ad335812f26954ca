package dev.modelyard.learn.linear;

import dev.modelyard.learn.api.FitContext;

/** Counts passes over the data against the cap, polls cancellation and reports progress once per pass. */
final class Budget {
    private final int max;
    private final FitContext ctx;
    private int used;

    Budget(int max, FitContext ctx) {
        this.max = max;
        this.ctx = ctx;
    }

    /** Records one pass; throws CANCELLED when the fit was cancelled. */
    void pass() {
        ctx.cancellation().check();
        used++;
        ctx.progress().update("linear", used, max);
    }

    boolean exhausted() { return used >= max; }

    int used() { return used; }

    /** Reports the end of the fit (the total shrinks to what was used when it converged early). */
    void finish() {
        ctx.progress().update("linear", used, used);
    }
}
