package dev.modelyard.scoring.bundle;

import java.util.Map;

/** Names of the golden bundles (written once by learn's {@code GoldenBundles}, read forever by {@link GoldenBundleTest}). */
public final class GoldenFiles {
    private GoldenFiles() {}

    /** Expected outputs of every golden bundle on the same input rows. */
    public static final String EXPECTED = "v1-mixed-expected.csv";
    /** Bundle file name → the learner's prefix on its expected columns. */
    public static final Map<String, String> BUNDLES = Map.of("v1-mixed-gbdt.zip", "gbdt", "v1-mixed-linear.zip", "linear");
}
