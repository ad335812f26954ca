package dev.modelyard.learn.api;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Transformer;

/**
 * An unfitted step: it holds hyperparameters only (a record, see {@link #params()}) and {@link #fit}
 * returns a new, immutable fitted object.
 *
 * @param <T> the fitted form
 */
public interface Estimator<T extends Transformer> {
    /** Kind name, the same as the fitted form's {@link Transformer#kind()}. */
    String kind();

    /** The hyperparameters, a record that Jackson writes and reads back equal. */
    Record params();

    /**
     * Fits on {@code data}. {@code target} is null for steps that do not use it; supervised steps
     * reject null with a clear error.
     */
    T fit(Frame data, Target target, FitContext ctx);

    /**
     * Fits and transforms the training data. Steps that would leak the target into their own training
     * output (target encoding) override this to return out-of-fold values.
     */
    default Fitted<T> fitTransform(Frame data, Target target, FitContext ctx) {
        T t = fit(data, target, ctx);
        return new Fitted<>(t, t.transform(data));
    }

    /** A fitted step and its output on the training data. */
    record Fitted<T extends Transformer>(T transformer, Frame output) {}
}
