package dev.modelyard.learn.api;

import dev.modelyard.scoring.api.Model;

/** An estimator whose fitted form is a {@link Model}. */
public interface Learner extends Estimator<Model> {
    /** Short name shown on the leaderboard: "linear", "gbdt", "lgbm", "rf". */
    String name();
}
