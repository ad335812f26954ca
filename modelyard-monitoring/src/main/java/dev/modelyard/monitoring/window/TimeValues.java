package dev.modelyard.monitoring.window;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.TimestampColumn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.BitSet;

/** Reads a column as instants: timestamps as they are, numbers as epoch milliseconds, text as ISO-8601 dates or times. */
public final class TimeValues {
    private static final String EXPECTED = "expected an ISO-8601 date or time such as 2012-01-01, 2012-01-01 06:00 or "
            + "2012-01-01T06:00:00Z, or epoch milliseconds";

    private TimeValues() {}

    /** The column as a timestamp column of the same name; missing values stay missing. */
    public static TimestampColumn of(Column c) {
        if (c instanceof TimestampColumn t) {
            return t;
        }
        if (c.type() == ColumnType.BOOLEAN) {
            throw ModelyardException.invalid("column '" + c.name() + "' holds booleans, not times (" + EXPECTED + ")");
        }
        long[] millis = new long[c.size()];
        BitSet nulls = new BitSet(millis.length);
        Long[] byLevel = c instanceof CategoricalColumn cc ? new Long[cc.levelCount()] : null;
        for (int i = 0; i < millis.length; i++) {
            if (c.isNull(i)) {
                nulls.set(i);
            } else if (c.type().isNumericSlot()) {
                millis[i] = (long) c.getDouble(i);
            } else if (byLevel != null) {
                int code = ((CategoricalColumn) c).code(i);
                if (byLevel[code] == null) {
                    byLevel[code] = parseOrFail(c, i);
                }
                millis[i] = byLevel[code];
            } else {
                millis[i] = parseOrFail(c, i);
            }
        }
        return TimestampColumn.owning(c.name(), millis, nulls);
    }

    /**
     * An ISO date (midnight UTC), date-time (UTC unless it has an offset; a space may stand for the 'T'), instant,
     * or whole number of epoch milliseconds; null when the text is none of these.
     */
    public static Long parse(String text) {
        String s = text.trim();
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        try {
            if (s.length() == 10 && s.charAt(4) == '-') {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (s.length() > 10 && s.charAt(10) == 'T') {
                try {
                    return OffsetDateTime.parse(s).toInstant().toEpochMilli();
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
                }
            }
            return s.matches("-?\\d{1,18}") ? Long.parseLong(s) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long parseOrFail(Column c, int row) {
        String v = c.getString(row);
        Long t = parse(v);
        if (t == null) {
            String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
            throw ModelyardException.invalid("column '" + c.name() + "', data row " + (row + 1) + ": '" + shown
                    + "' is not a time (" + EXPECTED + ")");
        }
        return t;
    }
}
