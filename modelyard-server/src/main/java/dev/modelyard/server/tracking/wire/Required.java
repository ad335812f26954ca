package dev.modelyard.server.tracking.wire;

import dev.modelyard.core.error.ModelyardException;

/** Checks for required request fields, with MLflow's wording. */
public final class Required {
    private Required() {}

    public static String text(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw missing(field);
        }
        return value;
    }

    public static <T> T value(T value, String field) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    private static ModelyardException missing(String field) {
        return ModelyardException.invalid("Missing value for required parameter '" + field + "'");
    }
}
