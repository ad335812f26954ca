package dev.modelyard.data.sketch;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.ColumnType;

/**
 * Summary of a numeric column.
 *
 * @param mean   mean of the non-missing values (NaN when none)
 * @param std    population standard deviation
 * @param sketch their distribution
 */
public record NumericProfile(String name, ColumnType type, long count, long missing, double mean, double std,
                             QuantileSketch sketch) implements FeatureProfile {
    @Override
    public FeatureProfile merge(FeatureProfile other) {
        if (!(other instanceof NumericProfile o) || !o.name.equals(name)) {
            throw ModelyardException.invalid("cannot merge profile of '" + name + "' with " + other.name() + " (" + other.type().label() + ")");
        }
        long n = count + o.count;
        double m = n == 0 ? Double.NaN : (count == 0 ? o.mean : o.count == 0 ? mean : (mean * count + o.mean * o.count) / n);
        double var = 0;
        if (n > 0) {
            double va = count == 0 ? 0 : std * std + (mean - m) * (mean - m);
            double vb = o.count == 0 ? 0 : o.std * o.std + (o.mean - m) * (o.mean - m);
            var = (va * count + vb * o.count) / n;
        }
        return new NumericProfile(name, type, n, missing + o.missing, m, Math.sqrt(var), sketch.merge(o.sketch));
    }
}
