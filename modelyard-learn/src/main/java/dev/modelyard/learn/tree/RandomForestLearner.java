package dev.modelyard.learn.tree;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.learn.step.FeatureMatrix;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import java.util.Map;

/**
 * A random forest through XGBoost's forest mode: one boosting round of {@code nTrees} parallel trees
 * with learning rate 1, each grown on a row subsample with a feature subsample per split. XGBoost
 * averages the trees' leaf values in margin space; the fitted form is a {@link TreeEnsembleModel}.
 * The single round cannot be interrupted: cancellation is polled before and after it.
 */
public final class RandomForestLearner implements Learner {
    /** Kind of the learner and of its fitted model. */
    public static final String KIND = TreeEnsembleModel.RF_KIND;

    private final RandomForestParams params;

    public RandomForestLearner(RandomForestParams params) {
        this.params = java.util.Objects.requireNonNull(params);
    }

    /** A learner with {@link RandomForestParams#defaults()}. */
    public static RandomForestLearner defaults() {
        return new RandomForestLearner(RandomForestParams.defaults());
    }

    @Override public String kind() { return KIND; }

    @Override public String name() { return KIND; }

    @Override public RandomForestParams params() { return params; }

    @Override
    public TreeEnsembleModel fit(Frame data, Target target, FitContext ctx) {
        FeatureMatrix x = TrainingData.features(KIND, data, target);
        Map<String, Object> p = XgbTraining.baseParams(target, x, ctx);
        p.put("num_parallel_tree", params.nTrees());
        p.put("eta", 1.0);
        p.put("max_depth", params.maxDepth());
        p.put("min_child_weight", params.minChildWeight());
        p.put("subsample", params.subsample());
        p.put("colsample_bynode", params.colsampleFor(x.cols()));
        p.put("lambda", params.lambda());
        p.put("max_bin", params.maxBin());
        XgbTraining.Result r = XgbTraining.train(KIND, x, target, TrainingData.allRows(x.rows()), new int[0], p, 1, 0, ctx);
        ctx.cancellation().check();
        return TreeEnsembleModel.fromXgboost(KIND, params, target.task(), target.classes(), x.names(),
                r.model(), r.bestIteration(), r.curve(), r.metric());
    }

    @Override
    public String toString() { return "RandomForestLearner" + params; }
}
