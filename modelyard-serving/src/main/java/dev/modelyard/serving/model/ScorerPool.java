package dev.modelyard.serving.model;

import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Compiled {@link RowScorer}s shared by request threads. A scorer is not thread-safe, so each request borrows
 * one and gives it back. Slots are claimed with a lock-free {@code getAndSet}: no ThreadLocal (requests run on
 * virtual threads, one per request, so a thread-local scorer would be compiled per request) and no lock (a
 * blocked virtual thread would pin nothing, but contention would serialise scoring). When every slot is taken,
 * a fresh scorer is compiled and, on release, kept only if a slot is free.
 */
public final class ScorerPool {
    private final FittedPipeline pipeline;
    private final AtomicReferenceArray<RowScorer> slots;

    public ScorerPool(FittedPipeline pipeline, int size) {
        this.pipeline = pipeline;
        this.slots = new AtomicReferenceArray<>(Math.max(1, size));
        for (int i = 0; i < slots.length(); i++) {
            slots.set(i, pipeline.compile());
        }
    }

    /** A pool sized for this machine: two scorers per core. */
    public static ScorerPool forMachine(FittedPipeline pipeline) {
        return new ScorerPool(pipeline, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Borrows a scorer; give it back with {@link #release}. */
    public RowScorer acquire() {
        int n = slots.length();
        int start = ThreadLocalRandom.current().nextInt(n);
        for (int k = 0; k < n; k++) {
            RowScorer s = slots.getAndSet((start + k) % n, null);
            if (s != null) {
                return s;
            }
        }
        return pipeline.compile();
    }

    /** Returns a scorer borrowed from this pool. */
    public void release(RowScorer scorer) {
        int n = slots.length();
        int start = ThreadLocalRandom.current().nextInt(n);
        for (int k = 0; k < n; k++) {
            if (slots.compareAndSet((start + k) % n, null, scorer)) {
                return;
            }
        }
    }

    /** Number of slots. */
    public int size() {
        return slots.length();
    }
}
