package dev.modelyard.evaluate.train;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.data.split.Fold;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the reference profile saved in a bundle: the training features, and the chosen learner's
 * out-of-fold outputs (honest scores, as on unseen data) for the prediction distribution and for
 * confidence-based performance estimation. Rows no validation fold covered (hold-out) are left out of
 * the prediction profile and the sample.
 */
final class OutOfFoldProfile {
    private OutOfFoldProfile() {}

    static ReferenceProfile of(Frame features, Target target, List<Fold> folds, List<Frame> outputs, long seed) {
        int n = features.rowCount();
        Frame first = outputs.get(0);
        int k = first.columnCount();
        double[][] oof = new double[k][n];
        for (double[] col : oof) {
            java.util.Arrays.fill(col, Double.NaN);
        }
        boolean[] covered = new boolean[n];
        for (int f = 0; f < folds.size(); f++) {
            int[] rows = folds.get(f).test();
            Frame out = outputs.get(f);
            for (int j = 0; j < k; j++) {
                Column c = out.column(j);
                for (int i = 0; i < rows.length; i++) {
                    oof[j][rows[i]] = c.getDouble(i);
                }
            }
            for (int r : rows) {
                covered[r] = true;
            }
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (covered[i]) {
                keep.add(i);
            }
        }
        int[] rows = keep.stream().mapToInt(Integer::intValue).toArray();
        List<Column> extra = new ArrayList<>();
        extra.add(targetColumn(target));
        for (int j = 0; j < k; j++) {
            extra.add(DoubleColumn.owning(ReferenceProfile.OOF_PREFIX + first.column(j).name(), oof[j]));
        }
        Frame withOutputs = features.concatColumns(Frame.of(extra)).select(rows);
        Column prediction = predictionColumn(target, oof).select(rows);
        return ProfileBuilder.reference(features, target.name(), prediction, withOutputs, seed);
    }

    /** Score of the positive class (binary), predicted value (regression) or predicted label (multiclass). */
    private static Column predictionColumn(Target target, double[][] oof) {
        String name = ReferenceProfile.PREDICTION;
        if (target.task() == Task.REGRESSION || oof.length == 1) {
            return DoubleColumn.of(name, oof[0]);
        }
        if (oof.length == 2) {
            return DoubleColumn.of(name, oof[1]);
        }
        int n = oof[0].length;
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bp = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < oof.length; j++) {
                if (oof[j][i] > bp) {
                    bp = oof[j][i];
                    best = j;
                }
            }
            labels[i] = best < 0 ? null : target.classes().get(best);
        }
        return CategoricalColumn.fromStrings(name, labels);
    }

    private static Column targetColumn(Target target) {
        if (!target.task().isClassification()) {
            return DoubleColumn.of(target.name(), target.values());
        }
        String[] labels = new String[target.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = target.classes().get(target.classOf(i));
        }
        return CategoricalColumn.fromStrings(target.name(), labels);
    }
}
