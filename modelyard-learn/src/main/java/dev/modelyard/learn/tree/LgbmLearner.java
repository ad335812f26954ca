package dev.modelyard.learn.tree;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.learn.step.FeatureMatrix;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.tree.LightGbmModel;
import java.util.Objects;

/**
 * Gradient-boosted trees through LightGBM (leaf-wise growth, histogram splits). As with {@link GbdtLearner},
 * a seeded, stratified share of the rows is held out for early stopping, and the fitted
 * {@link LightGbmModel} keeps the trees up to the best validation round and scores them in pure Java.
 */
public final class LgbmLearner implements Learner {
    /** Kind of the learner and of its fitted model. */
    public static final String KIND = LightGbmModel.KIND;

    private final LgbmParams params;

    public LgbmLearner(LgbmParams params) {
        this.params = Objects.requireNonNull(params);
    }

    /** A learner with {@link LgbmParams#defaults()}. */
    public static LgbmLearner defaults() {
        return new LgbmLearner(LgbmParams.defaults());
    }

    @Override public String kind() { return KIND; }

    @Override public String name() { return KIND; }

    @Override public LgbmParams params() { return params; }

    @Override
    public LightGbmModel fit(Frame data, Target target, FitContext ctx) {
        FeatureMatrix x = TrainingData.features(KIND, data, target);
        ValidationSplit split = ValidationSplit.forEarlyStopping(target, params.earlyStoppingRounds(), params.validationFraction(), ctx.seed());
        LgbmTraining.Result r = LgbmTraining.train(KIND, x, target, split.train(), split.validation(), params, ctx);
        return LightGbmModel.fromText(params, target.task(), target.classes(), x.names(), r.modelText(), r.bestIteration(),
                r.curve(), r.metric());
    }

    @Override
    public String toString() { return "LgbmLearner" + params; }
}
