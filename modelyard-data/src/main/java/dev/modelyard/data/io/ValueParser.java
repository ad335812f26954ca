package dev.modelyard.data.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses trimmed cell text into typed values; each method returns null when the text does not fit. */
final class ValueParser {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,19}");

    private ValueParser() {}

    /** An integer; "3.0" counts, "3.5" does not. */
    static Long parseLong(String s) {
        if (INTEGER.matcher(s).matches()) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Double d = parseDouble(s);
        return d != null && d == Math.rint(d) && Math.abs(d) < 9.0e15 ? (long) (double) d : null;
    }

    /** A decimal number in plain or scientific notation. */
    static Double parseDouble(String s) {
        return NUMBER.matcher(s).matches() ? Double.parseDouble(s) : null;
    }

    /** Only "true"/"false" (any case): what inference accepts without an override. */
    static Boolean parseStrictBoolean(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** true/false, t/f, yes/no, y/n, 1/0 (any case): what a BOOLEAN override accepts. */
    static Boolean parseBoolean(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "f", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** ISO date (midnight UTC), date-time (UTC unless it has a zone or offset), or instant, as epoch millis. */
    static Long parseTimestamp(String s) {
        String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (t.endsWith("Z")) {
                return Instant.parse(t).toEpochMilli();
            }
            try {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
