package dev.modelyard.monitoring.drift;

import dev.modelyard.core.error.ModelyardException;
import java.util.Arrays;
import java.util.Locale;

/** The statistical tests a feature's drift can be decided by; {@link #AUTO} picks one by kind and sample size. */
public enum DriftTest {
    /** Evidently's default: KS / chi-squared for small references, Wasserstein / Jensen–Shannon otherwise. */
    AUTO,
    /** Population stability index on the shared bins; drift when PSI ≥ the alert threshold. */
    PSI,
    /** Two-sample Kolmogorov–Smirnov (numbers); drift when the p-value is below the threshold. */
    KS,
    /** Wasserstein distance normalised by the reference std (numbers); drift when ≥ the distance threshold. */
    WASSERSTEIN,
    /** Jensen–Shannon distance on the shared bins; drift when ≥ the distance threshold. */
    JENSEN_SHANNON,
    /** Chi-squared goodness of fit on the shared bins; drift when the p-value is below the threshold. */
    CHI2;

    /** Name as written in options and results ({@code ks}, {@code jensen_shannon}, …). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the score is a p-value (drift when small) rather than a distance (drift when large). */
    public boolean isPValue() {
        return this == KS || this == CHI2;
    }

    /** Parses a {@link #label()}; the error lists the accepted names. */
    public static DriftTest parse(String label) {
        String s = label == null ? "" : label.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (DriftTest t : values()) {
            if (t.label().equals(s)) {
                return t;
            }
        }
        throw ModelyardException.invalid("unknown drift test '" + label + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(DriftTest::label).toList()) + ")");
    }
}
