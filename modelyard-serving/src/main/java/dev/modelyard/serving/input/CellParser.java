package dev.modelyard.serving.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.frame.ColumnType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads one raw cell as the type a feature expects. Numbers may come as JSON numbers or numeric strings;
 * booleans as true/false, 0/1 or their text; timestamps as epoch milliseconds or ISO-8601 text (UTC when no
 * offset is given); categories and text as strings (numbers are taken as their text). JSON null and empty
 * text are missing values. Non-finite numbers are rejected: JSON has no NaN, and a missing value is null.
 */
final class CellParser {
    private CellParser() {}

    /** The numeric slot value (NaN = missing) of a cell for a numeric-slot type. */
    static double number(Object raw, ColumnType type, String field, int row) {
        if (raw instanceof JsonNode n) {
            if (n.isNull() || n.isMissingNode()) {
                return Double.NaN;
            }
            if (n.isNumber()) {
                return finite(n.doubleValue(), n, type, field, row);
            }
            if (n.isBoolean() && type == ColumnType.BOOLEAN) {
                return n.booleanValue() ? 1 : 0;
            }
            if (n.isTextual()) {
                return text(n.textValue(), type, field, row);
            }
            throw wrongType(field, row, type, n.isContainerNode() ? (n.isArray() ? "an array" : "an object") : n.toString());
        }
        return text((String) raw, type, field, row);
    }

    /** The string slot value (null = missing) of a cell for a categorical or text feature. */
    static String string(Object raw, ColumnType type, String field, int row) {
        if (raw instanceof JsonNode n) {
            if (n.isNull() || n.isMissingNode()) {
                return null;
            }
            if (n.isContainerNode()) {
                throw wrongType(field, row, type, n.isArray() ? "an array" : "an object");
            }
            if (n.isNumber() && !Double.isFinite(n.doubleValue())) {
                throw new InputError(field, row, "feature '" + field + "' at row " + row + ": " + n.asText() + " is not a finite number");
            }
            return n.asText();
        }
        String s = (String) raw;
        return s == null || s.isEmpty() ? null : s;
    }

    private static double text(String s, ColumnType type, String field, int row) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        String t = s.trim();
        if (type == ColumnType.BOOLEAN) {
            switch (t.toLowerCase(Locale.ROOT)) {
                case "true", "t", "yes", "1" -> { return 1; }
                case "false", "f", "no", "0" -> { return 0; }
                default -> throw wrongType(field, row, type, quoted(t));
            }
        }
        if (looksNumeric(t)) {
            try {
                return finite(Double.parseDouble(t), t, type, field, row);
            } catch (NumberFormatException e) {
                // not a number: timestamps may still be text
            }
        }
        if (type == ColumnType.TIMESTAMP) {
            return timestamp(t, field, row);
        }
        throw wrongType(field, row, type, quoted(t));
    }

    /** Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd'; only plain decimals are numbers here. */
    private static boolean looksNumeric(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    /** {@code source} is the cell's text or JSON node, turned into text only for a message (not per cell). */
    private static double finite(double v, Object source, ColumnType type, String field, int row) {
        if (!Double.isFinite(v)) {
            throw new InputError(field, row, "feature '" + field + "' at row " + row + ": " + text(source)
                    + " is not a finite number (send null for a missing value)");
        }
        if (type == ColumnType.BOOLEAN && v != 0 && v != 1) {
            throw wrongType(field, row, type, text(source));
        }
        return v;
    }

    private static String text(Object source) {
        return source instanceof JsonNode n ? n.asText() : (String) source;
    }

    private static double timestamp(String t, String field, int row) {
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (t.endsWith("Z")) {
                return Instant.parse(t).toEpochMilli();
            }
            try {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            throw new InputError(field, row, "feature '" + field + "' at row " + row + ": " + quoted(t)
                    + " is not a timestamp (expected epoch milliseconds or ISO-8601 such as 2024-05-01T12:00:00Z)");
        }
    }

    private static InputError wrongType(String field, int row, ColumnType type, String got) {
        String expected = switch (type) {
            case DOUBLE, LONG -> "a number (" + type.label() + ")";
            case BOOLEAN -> "a boolean (true/false or 0/1)";
            case TIMESTAMP -> "a timestamp (epoch milliseconds or ISO-8601 text)";
            case CATEGORICAL -> "a category (string)";
            case TEXT -> "text (string)";
        };
        return new InputError(field, row, "feature '" + field + "' at row " + row + ": expected " + expected + ", got " + got);
    }

    private static String quoted(String s) {
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
}
