package dev.modelyard.cli.command.tracking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Formatting of tracking values for text tables. */
final class Cells {
    private Cells() {}

    static String time(Long epochMs) {
        return epochMs == null || epochMs == 0 ? "" : Instant.ofEpochMilli(epochMs).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.6g", v);
    }

    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
