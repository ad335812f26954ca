package dev.modelyard.monitoring.drift;

import dev.modelyard.core.error.ModelyardException;

/**
 * Thresholds and switches of drift analysis. Defaults follow Evidently's where it has them.
 *
 * @param psiWarn          PSI at or above which a feature deserves a warning (0.1)
 * @param psiAlert         PSI at or above which a feature has drifted when PSI decides (0.2)
 * @param pValue           KS and chi-squared: drift when the p-value is below this (0.05)
 * @param distance         normalised Wasserstein and Jensen–Shannon distance: drift at or above this (0.1)
 * @param smallSample      a reference with at most this many values gets KS / chi-squared, a larger one
 *                         Wasserstein / Jensen–Shannon (1000, Evidently's rule)
 * @param shareThreshold   share of drifted features at or above which the whole dataset has drifted (0.5)
 * @param domainAuc        domain-classifier AUC at or above which the window has drifted (0.6)
 * @param domainRows       most window rows the domain classifier uses (5000)
 * @param domainClassifier whether to run the domain classifier at all (true)
 * @param seed             seed of every random choice (row samples, folds, boosting)
 * @param threads          features analysed at once, and at most that many (≤ 2) XGBoost threads
 * @param test             {@code auto}, or a test forced on every feature it applies to ({@link DriftTest} labels):
 *                         {@code psi}, {@code chi2} and {@code jensen_shannon} apply to both kinds (numbers on
 *                         their decile bins); {@code ks} and {@code wasserstein} to numbers only, categories
 *                         keep their default
 */
public record DriftOptions(double psiWarn, double psiAlert, double pValue, double distance, int smallSample,
                           double shareThreshold, double domainAuc, int domainRows, boolean domainClassifier,
                           long seed, int threads, String test) {
    public DriftOptions {
        check(psiWarn >= 0 && psiAlert >= psiWarn, "PSI thresholds must satisfy 0 <= warn <= alert, got warn " + psiWarn + ", alert " + psiAlert);
        check(pValue > 0 && pValue < 1, "the p-value threshold must be in (0, 1), got " + pValue);
        check(distance > 0, "the distance threshold must be > 0, got " + distance);
        check(smallSample >= 0, "the small-sample size must be >= 0, got " + smallSample);
        check(shareThreshold > 0 && shareThreshold <= 1, "the drift-share threshold must be in (0, 1], got " + shareThreshold);
        check(domainAuc > 0.5 && domainAuc <= 1, "the domain-classifier AUC threshold must be in (0.5, 1], got " + domainAuc);
        check(domainRows >= 50, "the domain classifier needs at least 50 window rows, got a cap of " + domainRows);
        check(threads >= 1, "threads must be >= 1, got " + threads);
        test = DriftTest.parse(test == null ? "auto" : test).label();
    }

    /** Evidently's thresholds, the domain classifier on 5000 window rows at most, seed 42, all cores. */
    public static DriftOptions defaults() {
        return new DriftOptions(0.1, 0.2, 0.05, 0.1, 1000, 0.5, 0.6, 5000, true, 42,
                Runtime.getRuntime().availableProcessors(), "auto");
    }

    /** The forced test, or {@link DriftTest#AUTO}. */
    public DriftTest forcedTest() {
        return DriftTest.parse(test);
    }

    public DriftOptions withPsi(double warn, double alert) {
        return new DriftOptions(warn, alert, pValue, distance, smallSample, shareThreshold, domainAuc, domainRows, domainClassifier, seed, threads, test);
    }

    public DriftOptions withPValue(double p) {
        return new DriftOptions(psiWarn, psiAlert, p, distance, smallSample, shareThreshold, domainAuc, domainRows, domainClassifier, seed, threads, test);
    }

    public DriftOptions withDistance(double d) {
        return new DriftOptions(psiWarn, psiAlert, pValue, d, smallSample, shareThreshold, domainAuc, domainRows, domainClassifier, seed, threads, test);
    }

    public DriftOptions withSmallSample(int n) {
        return new DriftOptions(psiWarn, psiAlert, pValue, distance, n, shareThreshold, domainAuc, domainRows, domainClassifier, seed, threads, test);
    }

    public DriftOptions withShareThreshold(double share) {
        return new DriftOptions(psiWarn, psiAlert, pValue, distance, smallSample, share, domainAuc, domainRows, domainClassifier, seed, threads, test);
    }

    public DriftOptions withDomainAuc(double auc) {
        return new DriftOptions(psiWarn, psiAlert, pValue, distance, smallSample, shareThreshold, auc, domainRows, domainClassifier, seed, threads, test);
    }

    public DriftOptions withDomainRows(int rows) {
        return new DriftOptions(psiWarn, psiAlert, pValue, distance, smallSample, shareThreshold, domainAuc, rows, domainClassifier, seed, threads, test);
    }

    public DriftOptions withDomainClassifier(boolean on) {
        return new DriftOptions(psiWarn, psiAlert, pValue, distance, smallSample, shareThreshold, domainAuc, domainRows, on, seed, threads, test);
    }

    public DriftOptions withSeed(long s) {
        return new DriftOptions(psiWarn, psiAlert, pValue, distance, smallSample, shareThreshold, domainAuc, domainRows, domainClassifier, s, threads, test);
    }

    public DriftOptions withThreads(int n) {
        return new DriftOptions(psiWarn, psiAlert, pValue, distance, smallSample, shareThreshold, domainAuc, domainRows, domainClassifier, seed, n, test);
    }

    /** Forces one test on every feature ({@code psi}, {@code ks}, {@code wasserstein}, {@code jensen_shannon}, {@code chi2}) or {@code auto}. */
    public DriftOptions withTest(String t) {
        return new DriftOptions(psiWarn, psiAlert, pValue, distance, smallSample, shareThreshold, domainAuc, domainRows, domainClassifier, seed, threads, t);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw ModelyardException.invalid("drift options: " + message);
        }
    }
}
