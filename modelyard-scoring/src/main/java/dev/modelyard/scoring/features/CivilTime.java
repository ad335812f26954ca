package dev.modelyard.scoring.features;

/**
 * Calendar parts of an epoch-millisecond instant in UTC, by integer arithmetic only (no java.time
 * objects), so the row path allocates nothing. The date algorithm is Howard Hinnant's
 * days-to-civil, valid for the whole proleptic Gregorian calendar.
 */
final class CivilTime {
    /** Parts written by {@link #expand}, in this order. */
    static final String[] PARTS = {"year", "month", "day", "dayofweek", "hour", "weekend"};
    private static final long MS_PER_DAY = 86_400_000L;

    private CivilTime() {}

    /** Writes year, month (1-12), day (1-31), day of week (1=Mon..7=Sun), hour (0-23), weekend (0/1); NaN in all when {@code millis} is NaN. */
    static void expand(double millis, double[] dst, int off) {
        if (Double.isNaN(millis)) {
            for (int k = 0; k < PARTS.length; k++) {
                dst[off + k] = Double.NaN;
            }
            return;
        }
        long ms = (long) millis;
        long days = Math.floorDiv(ms, MS_PER_DAY);
        long msOfDay = Math.floorMod(ms, MS_PER_DAY);
        // days-to-civil
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        // 1970-01-01 was a Thursday (ISO 4)
        long dow = Math.floorMod(days + 3, 7) + 1;
        dst[off] = year;
        dst[off + 1] = month;
        dst[off + 2] = day;
        dst[off + 3] = dow;
        dst[off + 4] = msOfDay / 3_600_000L;
        dst[off + 5] = dow >= 6 ? 1 : 0;
    }
}
