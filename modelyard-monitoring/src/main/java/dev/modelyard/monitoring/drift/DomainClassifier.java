package dev.modelyard.monitoring.drift;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.data.sketch.FeatureProfile;
import dev.modelyard.data.sketch.NumericProfile;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.data.split.Fold;
import dev.modelyard.data.split.Splits;
import dev.modelyard.evaluate.metrics.Auc;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.tree.GbdtLearner;
import dev.modelyard.learn.tree.GbdtParams;
import dev.modelyard.monitoring.result.DomainDrift;
import dev.modelyard.monitoring.result.DomainDrift.FeatureImportance;
import dev.modelyard.scoring.api.RowPredictor;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Multivariate drift: a small gradient-boosted model (the project's {@link GbdtLearner}) learns to tell the
 * reference's row sample (label 0) from up to {@link DriftOptions#domainRows()} window rows (label 1). Its
 * AUC over {@value #FOLDS}-fold out-of-fold scores says how separable the two are (0.5: not at all), and
 * the total gain of each feature, summed over the fold models, says what separates them. Only the
 * reference's profiled features are used (the sample's target and {@code oof:} columns are not).
 */
public final class DomainClassifier {
    /** Fewest rows on either side for the classifier to run. */
    public static final int MIN_ROWS = 50;
    /** Features named in {@link DomainDrift#topFeatures()} at most. */
    public static final int TOP = 10;
    static final int FOLDS = 3;
    /**
     * Small, fixed and regularised: the question is whether the sides are separable and by what, not how well
     * a tuned model can do it. Without the large leaves and L2 penalty, later trees fit noise on continuous
     * features and their gain buries the feature that really moved (on adult, a window with 90 % men named
     * {@code fnlwgt} ahead of {@code sex}). The least leaf weight is scaled down for small windows, where
     * 20 would forbid every split.
     */
    static GbdtParams params(int trainRows) {
        double minChildWeight = Math.min(20, Math.max(1, trainRows / 250.0));
        return new GbdtParams(100, 0.05, 4, minChildWeight, 0.8, 1.0, 5.0, 0.0, 0, 0.0, 64);
    }

    private DomainClassifier() {}

    /** Whether the classifier can run: a reference sample and at least {@link #MIN_ROWS} rows on both sides. */
    public static boolean applicable(ReferenceProfile reference, Frame window) {
        return reference.sample() != null && reference.sample().rowCount() >= MIN_ROWS && window.rowCount() >= MIN_ROWS
                && !usable(reference).isEmpty();
    }

    /**
     * Trains the classifier and reports its AUC and most separating features. The window must hold every
     * profiled feature (as {@link DriftAnalyzer#analyze} checks) and the classifier must be {@link #applicable}.
     */
    public static DomainDrift run(ReferenceProfile reference, Frame window, DriftOptions o) {
        List<FeatureProfile> features = usable(reference);
        int[] rows = ProfileBuilder.sampleRows(window.rowCount(), o.domainRows(), o.seed());
        DomainData data = DomainData.of(features, reference.sample(), window, rows);
        int n = data.labels().length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = data.labels()[i];
        }
        Target target = new Target("domain", Task.BINARY, y, List.of("reference", "window"));
        FitContext ctx = new FitContext(o.seed(), Math.min(2, o.threads()), Progress.NONE, new Cancellation());
        double[] scores = new double[n];
        double[] gain = new double[features.size()];
        for (Fold fold : Splits.stratifiedKFold(data.labels(), FOLDS, o.seed())) {
            GbdtLearner learner = new GbdtLearner(params(fold.train().length));
            TreeEnsembleModel model = learner.fit(data.frame().select(fold.train()), target.select(fold.train()), ctx);
            score(model, data.frame(), fold.test(), scores);
            GainImportance.addTo(model.xgboostModelJson(), gain);
        }
        double auc = Auc.of(scores, y, 1);
        return new DomainDrift(auc, o.domainAuc(), auc >= o.domainAuc(), top(features, gain));
    }

    /** Profiled features the sample holds with a matching kind (numbers as numbers). */
    private static List<FeatureProfile> usable(ReferenceProfile reference) {
        Frame s = reference.sample();
        if (s == null) {
            return List.of();
        }
        return reference.features().stream()
                .filter(f -> s.has(f.name()) && (!(f instanceof NumericProfile) || s.column(f.name()).type().isNumericSlot()))
                .toList();
    }

    /** P(window) for each of {@code rows}, written at those rows of {@code out}. */
    private static void score(TreeEnsembleModel model, Frame x, int[] rows, double[] out) {
        int p = x.columnCount();
        double[][] cols = new double[p][];
        for (int j = 0; j < p; j++) {
            Column c = x.column(j);
            cols[j] = ((DoubleColumn) c).toArray();
        }
        double[] row = new double[p];
        double[] proba = new double[2];
        RowPredictor predictor = model.rowPredictor();
        for (int r : rows) {
            for (int j = 0; j < p; j++) {
                row[j] = cols[j][r];
            }
            predictor.predict(row, proba);
            out[r] = proba[1];
        }
    }

    /** Gains as shares of their total, largest first (ties by name), positive ones only, at most {@link #TOP}. */
    private static List<FeatureImportance> top(List<FeatureProfile> features, double[] gain) {
        double total = 0;
        for (double g : gain) {
            total += g;
        }
        List<FeatureImportance> all = new ArrayList<>();
        for (int j = 0; j < gain.length; j++) {
            if (gain[j] > 0) {
                all.add(new FeatureImportance(features.get(j).name(), gain[j] / total));
            }
        }
        all.sort(Comparator.comparingDouble(FeatureImportance::importance).reversed().thenComparing(FeatureImportance::feature));
        return all.subList(0, Math.min(TOP, all.size()));
    }
}
