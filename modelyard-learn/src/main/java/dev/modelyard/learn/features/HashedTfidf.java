package dev.modelyard.learn.features;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.features.FittedHashedTfidf;
import dev.modelyard.scoring.features.TokenHasher;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every text column {@code c} into {@code buckets} numeric columns {@code c__h0..c__h<n-1>}:
 * tokens (runs of letters/digits, lower-cased) are hashed into buckets, counts are weighted by the
 * smoothed idf {@code ln((1+N)/(1+df))+1} learnt per bucket on the training rows (N counts every
 * training row, empty and missing ones too), and each row is L2-normalised. Missing text gives zeros.
 */
public final class HashedTfidf implements Estimator<FittedHashedTfidf> {
    public static final String KIND = FittedHashedTfidf.KIND;

    /**
     * @param buckets       number of hash buckets (output columns) per text column
     * @param alternateSign sign each token by a hash bit so bucket collisions tend to cancel
     */
    public record Params(int buckets, boolean alternateSign) {
        public Params {
            if (buckets < 1) {
                throw ModelyardException.invalid("tfidf: buckets must be >= 1, got " + buckets);
            }
        }
    }

    private final Params params;

    public HashedTfidf(Params params) {
        this.params = params;
    }

    /** 256 buckets, no sign trick. */
    public static HashedTfidf defaults() {
        return new HashedTfidf(new Params(256, false));
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedHashedTfidf fit(Frame data, Target target, FitContext ctx) {
        int n = params.buckets();
        List<Field> handled = new ArrayList<>();
        List<double[]> idfs = new ArrayList<>();
        double docs = data.rowCount();
        for (Column c : data.columns()) {
            if (c.type() != ColumnType.TEXT) {
                continue;
            }
            ctx.cancellation().check();
            int[] df = new int[n];
            double[] scratch = new double[n];
            for (int i = 0; i < c.size(); i++) {
                String s = c.getString(i);
                if (s == null) {
                    continue;
                }
                java.util.Arrays.fill(scratch, 0.0);
                TokenHasher.count(s, n, false, scratch, 0);
                for (int b = 0; b < n; b++) {
                    if (scratch[b] != 0) {
                        df[b]++;
                    }
                }
            }
            double[] idf = new double[n];
            for (int b = 0; b < n; b++) {
                idf[b] = Math.log((1.0 + docs) / (1.0 + df[b])) + 1.0;
            }
            handled.add(c.field());
            idfs.add(idf);
        }
        return new FittedHashedTfidf(handled, idfs, params.alternateSign());
    }
}
