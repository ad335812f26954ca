package dev.modelyard.server.tracking;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.RunStatus;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.ViewType;

import java.util.Locale;

/** Parses MLflow's optional, enum and paging request fields with clear errors. */
final class Views {
    private Views() {}

    static ViewType viewType(String value, String field) {
        if (value == null || value.isBlank()) {
            return ViewType.ACTIVE_ONLY;
        }
        try {
            return ViewType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ModelyardException.invalid("Invalid value '" + value + "' for parameter '" + field
                    + "': expected ACTIVE_ONLY, DELETED_ONLY or ALL");
        }
    }

    static RunStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RunStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ModelyardException.invalid("Invalid value '" + value
                    + "' for parameter 'status': expected RUNNING, SCHEDULED, FINISHED, FAILED or KILLED");
        }
    }

    /** {@code max_results} with a default, checked against MLflow's limit. */
    static int maxResults(Integer value, int defaultValue) {
        int v = value == null ? defaultValue : value;
        if (v < 1 || v > SearchRequest.MAX_RESULTS_LIMIT) {
            throw ModelyardException.invalid("Invalid value " + v + " for parameter 'max_results': must be between 1 and "
                    + SearchRequest.MAX_RESULTS_LIMIT);
        }
        return v;
    }

    /** An optional text field: blank means absent. */
    static String optional(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
