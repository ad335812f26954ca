package dev.modelyard.tracking.validation;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Tag;

import java.util.List;

/** MLflow's limits and naming rules for what runs log; violations are INVALID_INPUT naming the offender. */
public final class Limits {
    public static final int MAX_METRICS_PER_BATCH = 1000;
    public static final int MAX_PARAMS_PER_BATCH = 100;
    public static final int MAX_TAGS_PER_BATCH = 100;
    public static final int MAX_ENTRIES_PER_BATCH = 1000;
    public static final int MAX_KEY_LENGTH = 250;
    public static final int MAX_PARAM_VALUE_LENGTH = 6000;
    public static final int MAX_TAG_VALUE_LENGTH = 8000;
    public static final int MAX_NAME_LENGTH = 500;

    private Limits() {}

    public static void batch(List<Metric> metrics, List<Param> params, List<Tag> tags) {
        if (metrics.size() > MAX_METRICS_PER_BATCH || params.size() > MAX_PARAMS_PER_BATCH || tags.size() > MAX_TAGS_PER_BATCH
                || metrics.size() + params.size() + tags.size() > MAX_ENTRIES_PER_BATCH) {
            throw ModelyardException.invalid("A batch logging request can contain at most " + MAX_METRICS_PER_BATCH + " metrics, "
                    + MAX_PARAMS_PER_BATCH + " params, " + MAX_TAGS_PER_BATCH + " tags and " + MAX_ENTRIES_PER_BATCH
                    + " entries in total; got " + metrics.size() + " metrics, " + params.size() + " params, " + tags.size() + " tags");
        }
        String previous = null; // points come grouped by key: each run of one key is checked once
        for (Metric m : metrics) {
            String key = m == null ? null : m.key();
            if (key == null || !key.equals(previous)) {
                key("metric", key);
                previous = key;
            }
        }
        for (Param p : params) {
            key("param", p == null ? null : p.key());
            value("param '" + p.key() + "'", p.value(), MAX_PARAM_VALUE_LENGTH);
        }
        for (Tag t : tags) {
            tag(t);
        }
    }

    public static void tag(Tag t) {
        key("tag", t == null ? null : t.key());
        value("tag '" + t.key() + "'", t.value(), MAX_TAG_VALUE_LENGTH);
    }

    /**
     * Keys name metrics/params/tags and become file names in some clients: MLflow's alphabet, at most 250
     * characters, and a normalised relative path (no leading '/', no '.'/'..' segments, no empty segments).
     */
    public static void key(String kind, String key) {
        if (key == null || key.isEmpty()) {
            throw ModelyardException.invalid("Missing value for required parameter 'key' of a " + kind);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ModelyardException.invalid(kind + " key '" + key.substring(0, 40) + "…' is " + key.length()
                    + " characters long; the limit is " + MAX_KEY_LENGTH);
        }
        int segmentStart = 0;
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            if (cp == '/') {
                checkSegment(kind, key, segmentStart, i);
                segmentStart = i + 1;
            } else if (!keyChar(cp)) {
                throw ModelyardException.invalid("Invalid " + kind + " key '" + key + "': names may only contain alphanumerics, "
                        + "underscores (_), dashes (-), periods (.), spaces ( ), colons (:) and slashes (/)");
            }
            i += Character.charCount(cp);
        }
        checkSegment(kind, key, segmentStart, key.length());
    }

    private static void checkSegment(String kind, String key, int from, int to) {
        if (from == to) {
            throw ModelyardException.invalid("Invalid " + kind + " key '" + key + "': it must be a relative path without empty segments");
        }
        if (to - from <= 2 && key.startsWith(to - from == 1 ? "." : "..", from)) {
            throw ModelyardException.invalid("Invalid " + kind + " key '" + key + "': '" + key.substring(from, to)
                    + "' path segments are not allowed");
        }
    }

    /** MLflow's alphabet without the slash: ASCII by table (the hot path), the rest by Unicode category. */
    private static boolean keyChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '_' || cp == '-' || cp == '.' || cp == ' ' || cp == ':';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    public static void value(String what, String value, int max) {
        if (value == null) {
            throw ModelyardException.invalid("Missing value for " + what);
        }
        if (value.length() > max) {
            throw ModelyardException.invalid("Value of " + what + " is " + value.length() + " characters long; the limit is " + max);
        }
    }

    /** A required, non-blank name (experiment, registered model, alias) of bounded length. */
    public static String name(String what, String name) {
        if (name == null || name.isBlank()) {
            throw ModelyardException.invalid(what + " must be a non-empty string");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw ModelyardException.invalid(what + " is " + name.length() + " characters long; the limit is " + MAX_NAME_LENGTH);
        }
        return name;
    }
}
