package dev.modelyard.learn.tree;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.step.FeatureMatrix;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;

/** The checks every tree learner makes on its input before handing it to XGBoost. */
final class TrainingData {
    private TrainingData() {}

    /** The features of {@code data} as a matrix, after checking the target fits them. */
    static FeatureMatrix features(String learner, Frame data, Target target) {
        if (target == null) {
            throw ModelyardException.invalid(learner + " is supervised: it needs a target");
        }
        if (target.size() != data.rowCount()) {
            throw ModelyardException.invalid(learner + ": target '" + target.name() + "' has " + target.size()
                    + " values for " + data.rowCount() + " rows");
        }
        if (data.rowCount() < 2) {
            throw ModelyardException.invalid(learner + ": needs at least 2 rows, got " + data.rowCount());
        }
        if (data.columnCount() == 0) {
            throw ModelyardException.invalid(learner + ": needs at least one feature column");
        }
        if (target.task() == Task.BINARY && target.classCount() != 2) {
            throw ModelyardException.invalid(learner + ": a binary target needs exactly 2 classes, '" + target.name()
                    + "' has " + target.classCount());
        }
        if (target.task().isClassification()) {
            for (int i = 0; i < target.size(); i++) {
                double v = target.values()[i];
                if (v != Math.rint(v) || v < 0 || v >= target.classCount()) {
                    throw ModelyardException.invalid(learner + ": target '" + target.name() + "' row " + i
                            + " has class index " + v + " outside 0.." + (target.classCount() - 1));
                }
            }
        } else {
            for (int i = 0; i < target.size(); i++) {
                if (!Double.isFinite(target.values()[i])) {
                    throw ModelyardException.invalid(learner + ": target '" + target.name() + "' row " + i + " is " + target.values()[i]);
                }
            }
        }
        return FeatureMatrix.of(data);
    }

    /** Every row index, in order. */
    static int[] allRows(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
