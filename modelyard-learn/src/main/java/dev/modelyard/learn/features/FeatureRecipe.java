package dev.modelyard.learn.features;

import dev.modelyard.learn.api.Estimator;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard feature pipelines, as ordered step lists: after them every column is numeric.
 * Categorical columns split at 16 levels: up to 16 are one-hot encoded, more get a frequency column
 * and a target encoding (so every categorical column is handled by exactly one route).
 */
public final class FeatureRecipe {
    /** The level count that splits one-hot from frequency/target encoding. */
    public static final int LEVEL_SPLIT = 16;

    private FeatureRecipe() {}

    /** For tree learners: drop_columns, datetime, tfidf, impute, one_hot, frequency, target_encode. */
    public static List<Estimator<?>> forTrees() {
        return forTrees(List.of());
    }

    /** As {@link #forTrees()}, also dropping the named columns. */
    public static List<Estimator<?>> forTrees(List<String> drop) {
        return List.copyOf(common(drop));
    }

    /** For linear learners: {@link #forTrees()} followed by scale. */
    public static List<Estimator<?>> forLinear() {
        return forLinear(List.of());
    }

    /** As {@link #forLinear()}, also dropping the named columns. */
    public static List<Estimator<?>> forLinear(List<String> drop) {
        List<Estimator<?>> steps = common(drop);
        steps.add(StandardScaler.defaults());
        return List.copyOf(steps);
    }

    private static List<Estimator<?>> common(List<String> drop) {
        List<Estimator<?>> steps = new ArrayList<>();
        steps.add(DropUseless.dropping(drop));
        steps.add(DateTimeExpander.defaults());
        steps.add(HashedTfidf.defaults());
        steps.add(Imputer.defaults());
        steps.add(new OneHotEncoder(new OneHotEncoder.Params(LEVEL_SPLIT, 0)));
        steps.add(new FrequencyEncoder(new FrequencyEncoder.Params(LEVEL_SPLIT)));
        steps.add(new TargetEncoder(new TargetEncoder.Params(LEVEL_SPLIT, 20.0, 5)));
        return steps;
    }
}
