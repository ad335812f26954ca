package dev.modelyard.scoring.tree;

import dev.modelyard.scoring.api.Model;

/** A fitted tree ensemble, whichever library trained it: its trees and, for boosting, its learning curve. */
public sealed interface TreeModel extends Model permits TreeEnsembleModel, LightGbmModel {
    /** Trees kept in the model. */
    int treeCount();

    /** The 0-based round whose trees the model ends with (early stopping's pick). */
    int bestIteration();

    /** Validation metric after each boosting round (empty when no rows were held out, and for forests). */
    double[] validationCurve();

    /** Name of the metric in {@link #validationCurve()}: "logloss", "mlogloss" or "rmse". */
    String metric();
}
