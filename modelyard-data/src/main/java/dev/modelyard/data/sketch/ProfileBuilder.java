package dev.modelyard.data.sketch;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.provenance.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Builds feature profiles and reference profiles from in-memory frames. */
public final class ProfileBuilder {
    /** Rows kept in a reference profile's sample. */
    public static final int SAMPLE_ROWS = 2_000;

    private ProfileBuilder() {}

    /** Profile of one column: numeric columns get a quantile sketch and moments, others level counts. */
    public static FeatureProfile feature(Column c) {
        int n = c.size();
        long missing = c.nullCount();
        if (FeatureProfile.numeric(c.type())) {
            double[] v = new double[n];
            int k = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double x = c.getDouble(i);
                if (!Double.isNaN(x)) {
                    v[k++] = x;
                    sum += x;
                }
            }
            // NaN in a double column counts as missing, like a null.
            missing = n - k;
            double mean = k == 0 ? Double.NaN : sum / k;
            double ss = 0;
            for (int i = 0; i < k; i++) {
                ss += (v[i] - mean) * (v[i] - mean);
            }
            return new NumericProfile(c.name(), c.type(), k, missing, mean, k == 0 ? Double.NaN : Math.sqrt(ss / k),
                    QuantileSketch.of(v, 0, k));
        }
        Map<String, Long> counts = new HashMap<>();
        if (c instanceof CategoricalColumn cat) {
            // Count dictionary codes, then name them: no string per row.
            long[] byCode = new long[cat.levelCount()];
            for (int i = 0; i < n; i++) {
                if (!cat.isNull(i)) {
                    byCode[cat.code(i)]++;
                }
            }
            for (int code = 0; code < byCode.length; code++) {
                if (byCode[code] > 0) {
                    counts.merge(cat.level(code), byCode[code], Long::sum);
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                String s = c.getString(i);
                if (s != null) {
                    counts.merge(s, 1L, Long::sum);
                }
            }
        }
        return new CategoricalProfile(c.name(), c.type(), n - missing, missing, CategoryCounts.top(counts));
    }

    /** Profiles of every column, computed in parallel (columns are independent). */
    public static List<FeatureProfile> features(Frame f) {
        FeatureProfile[] out = new FeatureProfile[f.columnCount()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = feature(f.column(i)));
        return List.of(out);
    }

    /**
     * A reference profile of {@code features}.
     *
     * @param prediction   predictions to profile (for example out-of-fold scores), or null
     * @param sampleSource rows to draw the profile's sample from (features plus target and model outputs), or null
     */
    public static ReferenceProfile reference(Frame features, String target, Column prediction, Frame sampleSource, long seed) {
        Frame sample = sampleSource == null ? null
                : sampleSource.select(sampleRows(sampleSource.rowCount(), SAMPLE_ROWS, seed));
        return new ReferenceProfile(signature(features.schema()), features.rowCount(), target, features(features),
                prediction == null ? null : feature(prediction.rename(ReferenceProfile.PREDICTION)), sample);
    }

    /** Fingerprint of the feature names and types. */
    public static String signature(Schema schema) {
        StringBuilder sb = new StringBuilder();
        for (Field f : schema.fields()) {
            sb.append(f.name()).append('\u0000').append(FeatureProfile.numeric(f.type()) ? "numeric" : "categorical").append('\n');
        }
        return Fingerprint.sha256Hex(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Up to {@code max} distinct row indices in ascending order, drawn uniformly with {@code seed}. */
    public static int[] sampleRows(int n, int max, long seed) {
        if (n <= max) {
            return IntStream.range(0, n).toArray();
        }
        // Selection sampling (Knuth's algorithm S): one pass, exact size, sorted output.
        int[] out = new int[max];
        SplittableRandom r = new SplittableRandom(seed);
        int chosen = 0;
        for (int i = 0; i < n && chosen < max; i++) {
            if (r.nextDouble() * (n - i) < max - chosen) {
                out[chosen++] = i;
            }
        }
        return out;
    }

}
