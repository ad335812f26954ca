/**
 * Leakage checks that run before training: {@link dev.modelyard.evaluate.leakage.LeakageChecks#run}
 * (single-feature target proxies scored out of fold, ID-like columns, timestamps after the prediction
 * time) and {@link dev.modelyard.evaluate.leakage.LeakageChecks#duplicatesAcross} (rows repeated across a
 * split). Each finding is a {@link dev.modelyard.evaluate.leakage.LeakageFinding} with a kind, a message
 * for the user, a score and a {@link dev.modelyard.evaluate.leakage.Severity}.
 *
 * <p>Severities: target proxies and future timestamps are critical; ID-like columns are warnings;
 * duplicates are critical from 5% of the test rows, warnings below.
 */
package dev.modelyard.evaluate.leakage;
