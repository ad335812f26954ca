package dev.modelyard.learn.tree;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.learn.step.FeatureMatrix;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import java.util.Map;

/**
 * Gradient-boosted trees through XGBoost (histogram method). A seeded, stratified share of the
 * training rows is held out for early stopping; the fitted {@link TreeEnsembleModel} keeps the trees
 * up to the best validation round and exposes the learning curve.
 */
public final class GbdtLearner implements Learner {
    /** Kind of the learner and of its fitted model. */
    public static final String KIND = TreeEnsembleModel.GBDT_KIND;

    private final GbdtParams params;

    public GbdtLearner(GbdtParams params) {
        this.params = java.util.Objects.requireNonNull(params);
    }

    /** A learner with {@link GbdtParams#defaults()}. */
    public static GbdtLearner defaults() {
        return new GbdtLearner(GbdtParams.defaults());
    }

    @Override public String kind() { return KIND; }

    @Override public String name() { return KIND; }

    @Override public GbdtParams params() { return params; }

    @Override
    public TreeEnsembleModel fit(Frame data, Target target, FitContext ctx) {
        FeatureMatrix x = TrainingData.features(KIND, data, target);
        ValidationSplit split = ValidationSplit.forEarlyStopping(target, params.earlyStoppingRounds(), params.validationFraction(), ctx.seed());
        Map<String, Object> p = XgbTraining.baseParams(target, x, ctx);
        p.put("eta", params.learningRate());
        p.put("max_depth", params.maxDepth());
        p.put("min_child_weight", params.minChildWeight());
        p.put("subsample", params.subsample());
        p.put("colsample_bytree", params.colsampleByTree());
        p.put("lambda", params.lambda());
        p.put("alpha", params.alpha());
        p.put("max_bin", params.maxBin());
        XgbTraining.Result r = XgbTraining.train(KIND, x, target, split.train(), split.validation(), p,
                params.maxRounds(), params.earlyStoppingRounds(), ctx);
        return TreeEnsembleModel.fromXgboost(KIND, params, target.task(), target.classes(), x.names(),
                r.model(), r.bestIteration(), r.curve(), r.metric());
    }

    @Override
    public String toString() { return "GbdtLearner" + params; }
}
