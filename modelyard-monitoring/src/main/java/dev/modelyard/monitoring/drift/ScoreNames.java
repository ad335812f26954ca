package dev.modelyard.monitoring.drift;

/** Keys of {@link dev.modelyard.monitoring.result.FeatureDrift#scores()}. */
public final class ScoreNames {
    public static final String PSI = "psi";
    public static final String KS_STATISTIC = "ks_statistic";
    public static final String KS_P_VALUE = "ks_p_value";
    public static final String WASSERSTEIN_NORM = "wasserstein_norm";
    public static final String JENSEN_SHANNON = "jensen_shannon";
    public static final String CHI2_P_VALUE = "chi2_p_value";
    public static final String MISSING_RATE_REFERENCE = "missing_rate_reference";
    public static final String MISSING_RATE_CURRENT = "missing_rate_current";

    private ScoreNames() {}

    /** The score a test decides by. */
    public static String of(DriftTest test) {
        return switch (test) {
            case PSI -> PSI;
            case KS -> KS_P_VALUE;
            case WASSERSTEIN -> WASSERSTEIN_NORM;
            case JENSEN_SHANNON -> JENSEN_SHANNON;
            case CHI2 -> CHI2_P_VALUE;
            case AUTO -> throw new IllegalArgumentException("auto is not a test");
        };
    }
}
