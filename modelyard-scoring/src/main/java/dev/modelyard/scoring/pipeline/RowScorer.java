package dev.modelyard.scoring.pipeline;

import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.api.RowTransform;
import dev.modelyard.scoring.api.Transformer;
import java.util.List;

/**
 * A fitted pipeline compiled for one row at a time: fill {@link #input()}, call {@link #score()}, read
 * the returned array (class probabilities in class order, or one regression value). Every buffer is
 * allocated here, once; scoring a row allocates nothing. Not thread-safe: one per thread.
 */
public final class RowScorer {
    private final FittedPipeline pipeline;
    private final RowBuffer[] buffers;
    private final RowTransform[] transforms;
    private final double[] output;

    RowScorer(FittedPipeline pipeline) {
        this.pipeline = pipeline;
        List<Transformer> steps = pipeline.steps();
        int n = steps.size() + 1;
        buffers = new RowBuffer[n + 1];
        transforms = new RowTransform[n];
        Schema s = pipeline.signature().schema();
        buffers[0] = new RowBuffer(s);
        for (int i = 0; i < steps.size(); i++) {
            transforms[i] = steps.get(i).compile(s);
            s = steps.get(i).outputSchema(s);
            buffers[i + 1] = new RowBuffer(s);
        }
        transforms[n - 1] = pipeline.model().compile(s);
        buffers[n] = new RowBuffer(pipeline.model().outputSchema(s));
        output = new double[pipeline.model().outputWidth()];
    }

    /** The input buffer, laid out by the pipeline's input signature. Missing values: NaN / null. */
    public RowBuffer input() {
        return buffers[0];
    }

    /** Scores the row in {@link #input()}; the returned array is reused by the next call. */
    public double[] score() {
        for (int i = 0; i < transforms.length; i++) {
            transforms[i].apply(buffers[i], buffers[i + 1]);
        }
        System.arraycopy(buffers[buffers.length - 1].num, 0, output, 0, output.length);
        return output;
    }

    public FittedPipeline pipeline() {
        return pipeline;
    }
}
