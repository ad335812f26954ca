package dev.modelyard.data.sketch;

import dev.modelyard.core.frame.ColumnType;

/** The summary of one column kept in a reference profile: numeric (quantile sketch) or categorical (level counts). */
public sealed interface FeatureProfile permits NumericProfile, CategoricalProfile {
    String name();

    /** The column's type in the data the profile was built from. */
    ColumnType type();

    /** Non-missing values seen. */
    long count();

    /** Missing values seen. */
    long missing();

    /** Missing share in [0, 1]. */
    default double missingRate() {
        long all = count() + missing();
        return all == 0 ? 0 : (double) missing() / all;
    }

    /** Profile of both inputs; they must describe the same column. */
    FeatureProfile merge(FeatureProfile other);

    /** Numeric profiles summarise double, long, boolean and timestamp columns; categorical and text get counts. */
    static boolean numeric(ColumnType t) {
        return t.isNumericSlot();
    }
}
