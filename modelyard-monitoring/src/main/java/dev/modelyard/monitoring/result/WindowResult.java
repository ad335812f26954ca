package dev.modelyard.monitoring.result;

import java.time.Instant;
import java.util.List;

/**
 * Everything monitoring found about one window of data.
 *
 * @param window      label, e.g. {@code 2012-03} or {@code rows 0-9999}
 * @param start       first timestamp in the window (null for count windows without time)
 * @param end         end of the window, exclusive (null likewise)
 * @param rows        rows in the window
 * @param drift       drift findings
 * @param performance performance findings (null when neither labels nor an estimate are available)
 * @param alerts      alerts this window raised under the configured rules
 */
public record WindowResult(String window, Instant start, Instant end, long rows, WindowDrift drift,
                           WindowPerformance performance, List<Alert> alerts) {
    public WindowResult {
        alerts = List.copyOf(alerts);
    }
}
