package dev.modelyard.scoring.bundle;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.api.Transformer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The closed list of step kinds a bundle may name, each with the function that rebuilds it from a
 * {@link StepState}. A kind not listed here is a corrupt bundle, never a class to load.
 */
public final class StepCodecs {
    private final Map<String, Function<StepState, ? extends Transformer>> loaders;

    private StepCodecs(Map<String, Function<StepState, ? extends Transformer>> loaders) {
        this.loaders = Map.copyOf(loaders);
    }

    /** Every step kind this build knows. */
    public static StepCodecs standard() {
        Map<String, Function<StepState, ? extends Transformer>> m = new HashMap<>();
        m.putAll(dev.modelyard.scoring.features.FeatureCodecs.loaders());
        m.putAll(dev.modelyard.scoring.linear.LinearCodecs.loaders());
        m.putAll(dev.modelyard.scoring.tree.TreeCodecs.loaders());
        return new StepCodecs(m);
    }

    /** Rebuilds a step; unknown kinds and malformed state give CORRUPT_BUNDLE errors. */
    public Transformer load(StepState state) {
        Function<StepState, ? extends Transformer> f = loaders.get(state.kind());
        if (f == null) {
            throw new ModelyardException(ErrorCode.CORRUPT_BUNDLE, "unknown step kind '" + state.kind() + "' (known: " + new java.util.TreeSet<>(loaders.keySet()) + ")");
        }
        try {
            return f.apply(state);
        } catch (ModelyardException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelyardException(ErrorCode.CORRUPT_BUNDLE, "step '" + state.kind() + "' cannot be read: " + e.getMessage(), e);
        }
    }
}
