package dev.modelyard.tracking.validation;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Tag;

import java.util.List;
import java.util.regex.Pattern;

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

    /** MLflow's key alphabet: letters, digits, underscore, dash, period, space, colon and slash. */
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_\\-. :/]+");

    private Limits() {}

    public static void batch(List<Metric> metrics, List<Param> params, List<Tag> tags) {
        if (metrics.size() > MAX_METRICS_PER_BATCH || params.size() > MAX_PARAMS_PER_BATCH || tags.size() > MAX_TAGS_PER_BATCH
                || metrics.size() + params.size() + tags.size() > MAX_ENTRIES_PER_BATCH) {
            throw ModelyardException.invalid("A batch logging request can contain at most " + MAX_METRICS_PER_BATCH + " metrics, "
                    + MAX_PARAMS_PER_BATCH + " params, " + MAX_TAGS_PER_BATCH + " tags and " + MAX_ENTRIES_PER_BATCH
                    + " entries in total; got " + metrics.size() + " metrics, " + params.size() + " params, " + tags.size() + " tags");
        }
        for (Metric m : metrics) {
            key("metric", m == null ? null : m.key());
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
        if (!KEY.matcher(key).matches()) {
            throw ModelyardException.invalid("Invalid " + kind + " key '" + key + "': names may only contain alphanumerics, "
                    + "underscores (_), dashes (-), periods (.), spaces ( ), colons (:) and slashes (/)");
        }
        if (key.startsWith("/") || key.endsWith("/") || key.contains("//")) {
            throw ModelyardException.invalid("Invalid " + kind + " key '" + key + "': it must be a relative path without empty segments");
        }
        for (String segment : key.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw ModelyardException.invalid("Invalid " + kind + " key '" + key + "': '" + segment + "' path segments are not allowed");
            }
        }
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
