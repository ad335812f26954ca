package dev.modelyard.learn.pipeline;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.scoring.api.Model;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Transformer;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * An unfitted pipeline: feature steps in order, then a learner. Fitting feeds each step the previous
 * step's training output ({@link Estimator#fitTransform}, so out-of-fold encoders stay honest) and
 * returns a {@link FittedPipeline}.
 */
public record PipelineSpec(List<Estimator<?>> steps, Learner learner) {
    public PipelineSpec {
        steps = List.copyOf(steps);
    }

    /** Fits every step on {@code features} (target excluded) and {@code target}. */
    public FittedPipeline fit(Frame features, Target target, FitContext ctx) {
        Frame current = features;
        List<Transformer> fitted = new ArrayList<>(steps.size());
        for (Estimator<?> est : steps) {
            ctx.cancellation().check();
            Estimator.Fitted<?> f = est.fitTransform(current, target, ctx);
            fitted.add(f.transformer());
            current = f.output();
        }
        ctx.cancellation().check();
        Model model = learner.fit(current, target, ctx);
        return FittedPipeline.of(features, target, fitted, model);
    }
}
