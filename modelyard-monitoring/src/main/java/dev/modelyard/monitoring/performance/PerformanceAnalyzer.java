package dev.modelyard.monitoring.performance;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.monitoring.result.WindowPerformance;

/**
 * Performance of a model on one window against its training baseline: the realised metric on the rows whose
 * outcome is known, the confidence-based estimate from the scores of all rows (binary classifiers), and the band
 * outside which the window counts as degraded.
 */
public final class PerformanceAnalyzer {
    private PerformanceAnalyzer() {}

    /**
     * @param baseline    the model's training performance
     * @param predictions the model's output on the window ({@code proba_<class>} columns or {@code prediction})
     * @param actual      the outcomes, null where not (yet) known; null when no labels arrived at all
     * @param options     band width and resampling
     * @return realised (NaN without labels) and estimated (NaN when not estimable) metric, the band and the
     *         verdict: degraded when the realised value — or, without one, the estimate — is outside the band on
     *         the bad side. The band's sampling error is a bootstrap of the labelled rows, or without labels the
     *         spread of the metric under labels drawn from the calibrated probabilities.
     */
    public static WindowPerformance analyze(PerformanceBaseline baseline, Frame predictions, Column actual,
                                            PerformanceOptions options) {
        Frame out = LabelledScores.outputs(predictions, baseline.task(), baseline.classes());
        if (out.rowCount() == 0) {
            throw ModelyardException.invalid("the window has no rows to measure performance on");
        }
        Metric metric = baseline.metric();
        LabelledScores labelled = actual == null ? null : LabelledScores.of(out, actual, baseline.task(), baseline.classes());
        double realised = Double.NaN;
        double se = Double.NaN;
        if (labelled != null) {
            realised = labelled.metric(metric);
            se = Bootstrap.standardError(metric, labelled, options.bootstrap(), options.seed());
        }
        double estimated = Double.NaN;
        if (baseline.canEstimate()) {
            double[] scores = positiveScores(out);
            estimated = baseline.estimator().estimate(metric, scores);
            if (Double.isNaN(realised)) {
                se = baseline.estimator().standardError(metric, scores, options.bootstrap(), options.seed());
            }
        }
        Band band = Band.of(baseline.cvMean(), baseline.cvStd(), se, options);
        double judged = Double.isNaN(realised) ? estimated : realised;
        boolean better = metric.greaterIsBetter();
        return new WindowPerformance(metric.label(), labelled == null ? 0 : labelled.size(), realised, estimated,
                baseline.cvMean(), band.lower(), band.upper(), band.worse(judged, better), better);
    }

    /** The positive class's column (the second output of a binary model). */
    private static double[] positiveScores(Frame binaryOutput) {
        Column c = binaryOutput.column(1);
        double[] s = new double[c.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = c.getDouble(i);
        }
        return s;
    }
}
