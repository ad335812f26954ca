package dev.modelyard.learn.features;

import dev.modelyard.learn.api.Estimator;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard feature pipelines, as ordered step lists: after them every column is numeric.
 * Categorical columns split at 16 levels: up to 16 get one encoding column (ordinal codes for trees,
 * one-hot for linear models), more get a frequency column and a target encoding (so every categorical
 * column is handled by exactly one route).
 */
public final class FeatureRecipe {
    /** The level count that splits ordinal / one-hot from frequency/target encoding. */
    public static final int LEVEL_SPLIT = 16;

    private FeatureRecipe() {}

    /**
     * For tree learners: drop_columns, datetime, tfidf, ordinal, frequency, target_encode. Nothing is
     * imputed: numbers stay missing (NaN) and unseen or missing categories become NaN, which XGBoost
     * routes down each split's learnt default branch, so "missing" stays a signal of its own.
     */
    public static List<Estimator<?>> forTrees() {
        return forTrees(List.of());
    }

    /** As {@link #forTrees()}, also dropping the named columns. */
    public static List<Estimator<?>> forTrees(List<String> drop) {
        List<Estimator<?>> steps = head(drop);
        steps.add(OrdinalEncoder.defaults());
        addHighCardinality(steps);
        return List.copyOf(steps);
    }

    /** For linear learners: drop_columns, datetime, tfidf, impute, one_hot, frequency, target_encode, scale. */
    public static List<Estimator<?>> forLinear() {
        return forLinear(List.of());
    }

    /** As {@link #forLinear()}, also dropping the named columns. */
    public static List<Estimator<?>> forLinear(List<String> drop) {
        List<Estimator<?>> steps = head(drop);
        steps.add(Imputer.defaults());
        steps.add(new OneHotEncoder(new OneHotEncoder.Params(LEVEL_SPLIT, 0)));
        addHighCardinality(steps);
        steps.add(StandardScaler.defaults());
        return List.copyOf(steps);
    }

    /** The steps both recipes start with. */
    private static List<Estimator<?>> head(List<String> drop) {
        List<Estimator<?>> steps = new ArrayList<>();
        steps.add(DropUseless.dropping(drop));
        steps.add(DateTimeExpander.defaults());
        steps.add(HashedTfidf.defaults());
        return steps;
    }

    /** Appends the encoders of columns with more than {@link #LEVEL_SPLIT} levels. */
    private static void addHighCardinality(List<Estimator<?>> steps) {
        steps.add(new FrequencyEncoder(new FrequencyEncoder.Params(LEVEL_SPLIT)));
        steps.add(new TargetEncoder(new TargetEncoder.Params(LEVEL_SPLIT, 20.0, 5)));
    }
}
