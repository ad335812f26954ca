package dev.modelyard.serving.predict;

import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.scoring.pipeline.RowScorer;
import dev.modelyard.serving.input.Batch;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.model.ScorerPool;

/** Scores typed rows with a borrowed compiled scorer: the same row path as in-process scoring, nothing else. */
public final class Scoring {
    private Scoring() {}

    /** Rows scored between deadline checks: a clock read per row would cost more than some models. */
    private static final int CHECK_EVERY = 256;

    /** Model outputs for every row, {@code rows * width} values. */
    public static double[] score(LoadedModel model, Batch batch) {
        return score(model, batch, Long.MAX_VALUE, 0);
    }

    /**
     * As {@link #score(LoadedModel, Batch)}, giving up with {@link RequestTimeout} once {@link System#nanoTime()}
     * passes {@code deadlineNanos} ({@code timeoutMillis} is for the message).
     */
    public static double[] score(LoadedModel model, Batch batch, long deadlineNanos, long timeoutMillis) {
        int w = batch.width();
        int k = model.outputWidth();
        double[] out = new double[batch.rows() * k];
        ScorerPool pool = model.scorers();
        RowScorer scorer = pool.acquire();
        try {
            RowBuffer in = scorer.input();
            for (int i = 0; i < batch.rows(); i++) {
                if (i % CHECK_EVERY == CHECK_EVERY - 1 && System.nanoTime() - deadlineNanos > 0) {
                    throw new RequestTimeout(timeoutMillis, i, batch.rows());
                }
                System.arraycopy(batch.num(), i * w, in.num, 0, w);
                System.arraycopy(batch.str(), i * w, in.str, 0, w);
                System.arraycopy(scorer.score(), 0, out, i * k, k);
            }
        } finally {
            pool.release(scorer);
        }
        return out;
    }
}
