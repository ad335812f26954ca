package dev.modelyard.serving.model;

import dev.modelyard.core.frame.Field;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.InputSignature;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of a served model: its bundle, compiled scorers and the lookups request decoding needs.
 * Immutable; {@code source} says where it was loaded from (a file or a registry version).
 */
public final class LoadedModel {
    private final String name;
    private final String version;
    private final String source;
    private final ModelBundle bundle;
    private final ScorerPool scorers;
    private final Map<String, Set<String>> categories;
    private final Instant loadedAt;

    public LoadedModel(String name, String version, String source, ModelBundle bundle) {
        this.name = name;
        this.version = version;
        this.source = source;
        this.bundle = bundle;
        this.scorers = ScorerPool.forMachine(bundle.pipeline());
        Map<String, Set<String>> cats = new HashMap<>();
        bundle.pipeline().signature().categories().forEach((k, v) -> cats.put(k, Set.copyOf(v)));
        this.categories = Map.copyOf(cats);
        this.loadedAt = Instant.now();
    }

    public String name() { return name; }

    public String version() { return version; }

    public String source() { return source; }

    public ModelBundle bundle() { return bundle; }

    public FittedPipeline pipeline() { return bundle.pipeline(); }

    public InputSignature signature() { return bundle.pipeline().signature(); }

    public List<Field> inputs() { return signature().schema().fields(); }

    public ScorerPool scorers() { return scorers; }

    /** The categories seen in training for a categorical column, or null when not recorded (too many levels). */
    public Set<String> knownCategories(String column) {
        return categories.get(column);
    }

    public boolean isClassification() { return pipeline().task().isClassification(); }

    public List<String> classes() { return pipeline().classes(); }

    /** Width of one row's output: the class count, or 1 for regression. */
    public int outputWidth() { return pipeline().model().outputWidth(); }

    public Instant loadedAt() { return loadedAt; }

    @Override
    public String toString() {
        return name + "@" + version;
    }
}
