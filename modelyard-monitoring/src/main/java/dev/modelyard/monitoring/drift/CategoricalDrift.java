package dev.modelyard.monitoring.drift;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.data.sketch.CategoricalProfile;
import dev.modelyard.monitoring.result.Distribution;
import dev.modelyard.monitoring.result.FeatureDrift;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drift of a categorical feature on the reference's levels plus "other": PSI, Jensen–Shannon distance and
 * chi-squared goodness of fit, all computed. The window column may be of any type; its values are compared
 * by their text (so a numeric column matches levels profiled from text). When either side has no values
 * the statistics are NaN and the distribution has no bins.
 */
final class CategoricalDrift {
    private CategoricalDrift() {}

    static FeatureDrift analyze(CategoricalProfile reference, Column current, DriftOptions o) {
        Map<String, Integer> index = new HashMap<>();
        for (String level : reference.counts().counts().keySet()) {
            index.put(level, index.size());
        }
        long[] byLevel = new long[index.size()];
        long other = count(current, index, byLevel);
        long m = other;
        for (long c : byLevel) {
            m += c;
        }
        DriftTest test = choose(reference, o);
        Map<String, Double> scores = new LinkedHashMap<>();
        Distribution dist;
        if (reference.counts().n() == 0 || m == 0) {
            dist = new Distribution(List.of(), new double[0], new double[0]);
            scores.put(ScoreNames.PSI, Double.NaN);
            scores.put(ScoreNames.JENSEN_SHANNON, Double.NaN);
            scores.put(ScoreNames.CHI2_P_VALUE, Double.NaN);
        } else {
            dist = Bins.categorical(reference.counts(), byLevel, other);
            double[] counts = new double[dist.labels().size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = i < byLevel.length ? byLevel[i] : other;
            }
            scores.put(ScoreNames.PSI, Psi.of(dist.reference(), dist.current()));
            scores.put(ScoreNames.JENSEN_SHANNON, JensenShannon.distance(dist.reference(), dist.current()));
            scores.put(ScoreNames.CHI2_P_VALUE, ChiSquared.pValue(counts, dist.reference()));
        }
        scores.put(ScoreNames.MISSING_RATE_REFERENCE, reference.missingRate());
        scores.put(ScoreNames.MISSING_RATE_CURRENT, Decision.missingRate(m, current.size() - m));
        return Decision.feature(reference.name(), "categorical", test, scores, reference.counts().n(), m, dist, o);
    }

    /**
     * Chi-squared for small references, Jensen–Shannon otherwise; a forced PSI, chi-squared or Jensen–Shannon
     * applies as is, a forced KS or Wasserstein (numbers only) leaves categories on their default.
     */
    static DriftTest choose(CategoricalProfile reference, DriftOptions o) {
        DriftTest forced = o.forcedTest();
        if (forced == DriftTest.PSI || forced == DriftTest.CHI2 || forced == DriftTest.JENSEN_SHANNON) {
            return forced;
        }
        return reference.count() <= o.smallSample() ? DriftTest.CHI2 : DriftTest.JENSEN_SHANNON;
    }

    /** Fills {@code byLevel} with the counts of the indexed levels and returns the count of other non-missing values. */
    private static long count(Column c, Map<String, Integer> index, long[] byLevel) {
        long other = 0;
        if (c instanceof CategoricalColumn cat) {
            // Count dictionary codes, then name them: one lookup per level, not per row.
            int[] byCode = cat.counts();
            for (int code = 0; code < byCode.length; code++) {
                Integer i = index.get(cat.level(code));
                if (i == null) {
                    other += byCode[code];
                } else {
                    byLevel[i] += byCode[code];
                }
            }
            return other;
        }
        for (int r = 0; r < c.size(); r++) {
            String s = c.getString(r);
            if (s != null) {
                Integer i = index.get(s);
                if (i == null) {
                    other++;
                } else {
                    byLevel[i]++;
                }
            }
        }
        return other;
    }
}
