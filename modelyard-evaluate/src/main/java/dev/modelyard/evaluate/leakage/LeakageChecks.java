package dev.modelyard.evaluate.leakage;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.scoring.api.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Leakage checks run before training, on the raw features and the target: single-feature target
 * proxies, ID-like columns and (with a time column) timestamps from after the prediction time; and,
 * once a split exists, {@link #duplicatesAcross duplicate rows across it}. Findings warn; whether they
 * stop the run is the caller's choice (the {@code LEAKAGE} error code under {@code --strict}).
 */
public final class LeakageChecks {
    private LeakageChecks() {}

    /**
     * Every finding on {@code features} (the target column excluded) against {@code target}, most
     * severe first, then in column order. Deterministic for a given seed.
     */
    public static List<LeakageFinding> run(Frame features, Target target, LeakageOptions options) {
        if (features.rowCount() != target.size()) {
            throw ModelyardException.invalid("leakage checks: the features have " + features.rowCount()
                    + " rows but target '" + target.name() + "' has " + target.size());
        }
        String timeColumn = options.timeColumn();
        if (timeColumn != null) {
            features.schema().require(timeColumn);
        }
        TargetProxyCheck proxies = new TargetProxyCheck(target, Folds.assign(target.size(), Folds.K, options.seed()), options);
        List<Column> columns = features.columns();
        // Columns are independent: score them in parallel; the list keeps column order.
        List<List<LeakageFinding>> perColumn = IntStream.range(0, columns.size()).parallel()
                .mapToObj(j -> checkColumn(columns.get(j), proxies, timeColumn))
                .toList();
        List<LeakageFinding> out = new ArrayList<>();
        perColumn.forEach(out::addAll);
        if (timeColumn != null) {
            out.addAll(FutureTimestampCheck.run(features, timeColumn));
        }
        out.sort(Comparator.comparing(LeakageFinding::severity).reversed());
        return out;
    }

    private static List<LeakageFinding> checkColumn(Column c, TargetProxyCheck proxies, String timeColumn) {
        List<LeakageFinding> out = new ArrayList<>(2);
        proxies.check(c).ifPresent(out::add);
        if (!c.name().equals(timeColumn)) {
            IdLikeCheck.check(c).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A finding when some test rows repeat a training row exactly (every feature cell equal): the model
     * is then scored partly on rows it saw, so test scores overstate it. Empty when there are none.
     */
    public static Optional<LeakageFinding> duplicatesAcross(Frame features, int[] trainRows, int[] testRows) {
        int count = DuplicateRows.countAcross(features, trainRows, testRows);
        if (count == 0) {
            return Optional.empty();
        }
        double share = (double) count / testRows.length;
        String message = String.format(Locale.ROOT,
                "%d of %d test rows (%.1f%%) also appear exactly in the training rows: scores on them overstate how the model generalises",
                count, testRows.length, 100 * share);
        Severity severity = share >= 0.05 ? Severity.CRITICAL : Severity.WARNING;
        return Optional.of(new LeakageFinding(LeakageFinding.DUPLICATE_ROWS, null, message, share, severity));
    }
}
