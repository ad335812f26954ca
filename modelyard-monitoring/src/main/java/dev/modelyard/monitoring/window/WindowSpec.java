package dev.modelyard.monitoring.window;

import dev.modelyard.core.error.ModelyardException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How to cut data into windows: by a fixed duration, by calendar months, by row count, or not at all. */
public sealed interface WindowSpec {
    /** The forms {@link #parse} accepts, for messages and help text. */
    String ACCEPTED = "30m, 6h, 1d, 7d, 1w (time), 1mo, 3mo (calendar months), 5000rows or 5000 (row count), all (one window)";

    /**
     * Fixed-length time windows aligned to UTC: each starts at a multiple of the duration since
     * 1970-01-01T00:00Z, so days start at 00:00Z and 6-hour windows at 00, 06, 12 and 18; whole weeks start on Mondays.
     */
    record ByTime(Duration duration) implements WindowSpec {
        public ByTime {
            if (duration.isNegative() || duration.isZero()) {
                throw ModelyardException.invalid("a time window must be longer than zero, not " + duration);
            }
        }
    }

    /** Calendar months in UTC, starting on the 1st; {@code months > 1} groups them from January (3 = quarters). */
    record Calendar(int months) implements WindowSpec {
        public Calendar {
            if (months < 1 || months > 120) {
                throw ModelyardException.invalid("a month window must span 1 to 120 months, not " + months);
            }
        }
    }

    /** Consecutive runs of {@code rows} rows in row order; the last may be shorter. */
    record ByCount(int rows) implements WindowSpec {
        public ByCount {
            if (rows < 1) {
                throw ModelyardException.invalid("a row-count window needs at least 1 row, not " + rows);
            }
        }
    }

    /** All rows as one window. */
    record Whole() implements WindowSpec {}

    /** Whether windows come from a time column. */
    default boolean needsTime() {
        return this instanceof ByTime || this instanceof Calendar;
    }

    /** Parses {@code 30m}, {@code 6h}, {@code 1d}, {@code 1w}, {@code 1mo}, {@code 5000rows}, {@code 5000} or {@code all}. */
    static WindowSpec parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("all") || t.equals("whole")) {
            return new Whole();
        }
        Matcher m = Pattern.compile("(\\d{1,9})\\s*(rows?|mo|months?|m|min|h|d|w|s)?").matcher(t);
        if (!m.matches()) {
            throw ModelyardException.invalid("cannot read window '" + text + "'; accepted forms: " + ACCEPTED);
        }
        long n = Long.parseLong(m.group(1));
        if (n == 0) {
            throw ModelyardException.invalid("window '" + text + "' is empty: use a positive size (" + ACCEPTED + ")");
        }
        String unit = m.group(2) == null ? "rows" : m.group(2);
        return switch (unit) {
            case "row", "rows" -> new ByCount((int) n);
            case "mo", "month", "months" -> new Calendar((int) n);
            case "s" -> new ByTime(Duration.ofSeconds(n));
            case "m", "min" -> new ByTime(Duration.ofMinutes(n));
            case "h" -> new ByTime(Duration.ofHours(n));
            case "d" -> new ByTime(Duration.ofDays(n));
            case "w" -> new ByTime(Duration.ofDays(7 * n));
            default -> throw new IllegalStateException(unit);
        };
    }
}
