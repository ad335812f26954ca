package dev.modelyard.monitoring.window;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Numbers the UTC-aligned time windows: a key per instant, and each key's start and label. */
sealed interface TimeBuckets {
    long DAY = 86_400_000L;

    long key(long epochMillis);

    /** Start of the window with this key, epoch millis; {@code start(key + 1)} is its exclusive end. */
    long start(long key);

    String label(long key);

    /** Multiples of a duration since the epoch; whole weeks since Monday 1970-01-05. */
    record Fixed(long millis, long origin) implements TimeBuckets {
        private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);
        private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

        Fixed(Duration d) {
            this(Math.max(1, d.toMillis()), d.toMillis() % (7 * DAY) == 0 ? 4 * DAY : 0);
        }

        @Override
        public long key(long t) {
            return Math.floorDiv(t - origin, millis);
        }

        @Override
        public long start(long key) {
            return origin + key * millis;
        }

        @Override
        public String label(long key) {
            Instant s = Instant.ofEpochMilli(start(key));
            if (millis % DAY == 0) {
                return LocalDate.ofInstant(s, ZoneOffset.UTC).toString();
            }
            return (millis % 60_000 == 0 ? MINUTE : SECOND).format(s);
        }
    }

    /** Calendar months in UTC, grouped by {@code months} from January of year 0. */
    final class Months implements TimeBuckets {
        private final int months;
        private long lastDay = Long.MIN_VALUE;
        private long lastKey;

        Months(int months) {
            this.months = months;
        }

        @Override
        public long key(long t) {
            long day = Math.floorDiv(t, DAY);
            if (day != lastDay) {
                LocalDate d = LocalDate.ofEpochDay(day);
                lastKey = Math.floorDiv(d.getYear() * 12L + d.getMonthValue() - 1, months);
                lastDay = day;
            }
            return lastKey;
        }

        @Override
        public long start(long key) {
            return first(key).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }

        @Override
        public String label(long key) {
            String from = first(key).toString().substring(0, 7);
            return months == 1 ? from : from + ".." + first(key + 1).minusMonths(1).toString().substring(0, 7);
        }

        private LocalDate first(long key) {
            long m = key * months;
            return LocalDate.of((int) Math.floorDiv(m, 12), (int) Math.floorMod(m, 12) + 1, 1);
        }
    }
}
