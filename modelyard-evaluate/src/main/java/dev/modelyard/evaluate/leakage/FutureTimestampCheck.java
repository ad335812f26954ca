package dev.modelyard.evaluate.leakage;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TimestampColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds timestamp features recorded after the row's prediction time: values a model could not have had
 * when it had to predict (a "closed_at" next to an "opened_at").
 */
final class FutureTimestampCheck {
    /** Share of comparable rows from which later timestamps are reported (below: clock noise). */
    static final double MIN_SHARE = 0.01;

    private FutureTimestampCheck() {}

    static List<LeakageFinding> run(Frame features, String timeColumn) {
        Column tc = features.column(timeColumn);
        if (!(tc instanceof TimestampColumn time)) {
            throw ModelyardException.invalid("time column '" + timeColumn + "' is " + tc.type().label() + ", expected a timestamp");
        }
        List<LeakageFinding> out = new ArrayList<>();
        for (Column c : features.columns()) {
            if (c == tc || !(c instanceof TimestampColumn ts)) {
                continue;
            }
            int compared = 0;
            int later = 0;
            for (int i = 0; i < ts.size(); i++) {
                if (ts.isNull(i) || time.isNull(i)) {
                    continue;
                }
                compared++;
                if (ts.getMillis(i) > time.getMillis(i)) {
                    later++;
                }
            }
            double share = compared == 0 ? 0 : (double) later / compared;
            if (later > 0 && share >= MIN_SHARE) {
                String message = String.format(Locale.ROOT,
                        "feature '%s' is later than the prediction time '%s' in %d of %d rows (%.1f%%): it would not be known when predicting",
                        c.name(), timeColumn, later, compared, 100 * share);
                out.add(new LeakageFinding(LeakageFinding.FUTURE_TIMESTAMP, c.name(), message, share, Severity.CRITICAL));
            }
        }
        return out;
    }
}
