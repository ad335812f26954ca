package dev.modelyard.data.sketch;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.ColumnType;

/** Summary of a categorical or text column: its most frequent levels. */
public record CategoricalProfile(String name, ColumnType type, long count, long missing, CategoryCounts counts)
        implements FeatureProfile {
    @Override
    public FeatureProfile merge(FeatureProfile other) {
        if (!(other instanceof CategoricalProfile o) || !o.name.equals(name)) {
            throw ModelyardException.invalid("cannot merge profile of '" + name + "' with " + other.name() + " (" + other.type().label() + ")");
        }
        return new CategoricalProfile(name, type, count + o.count, missing + o.missing, counts.merge(o.counts));
    }
}
