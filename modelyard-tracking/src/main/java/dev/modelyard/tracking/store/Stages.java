package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ModelyardException;

import java.util.List;
import java.util.Locale;

/** Model version stages and alias naming rules (as MLflow). */
final class Stages {
    static final String NONE = "None";
    static final String STAGING = "Staging";
    static final String PRODUCTION = "Production";
    static final String ARCHIVED = "Archived";
    static final List<String> ALL = List.of(NONE, STAGING, PRODUCTION, ARCHIVED);

    private Stages() {}

    static String canonical(String stage) {
        if (stage != null) {
            for (String s : ALL) {
                if (s.equalsIgnoreCase(stage.trim())) {
                    return s;
                }
            }
        }
        throw ModelyardException.invalid("Invalid Model Version stage: " + stage + ". Value must be one of " + String.join(", ", ALL) + ".");
    }

    /** Aliases are names; 'latest' and 'v<number>' are reserved because they address versions directly. */
    static void checkAlias(String alias) {
        if (alias == null || alias.isBlank() || alias.length() > 255) {
            throw ModelyardException.invalid("alias must be a non-empty name of at most 255 characters");
        }
        String lower = alias.toLowerCase(Locale.ROOT);
        if (lower.equals("latest") || lower.matches("v\\d+")) {
            throw ModelyardException.invalid("alias '" + alias + "' is reserved ('latest' and 'v<number>' address versions)");
        }
        if (!alias.matches("[\\p{L}\\p{N}_\\-.]+")) {
            throw ModelyardException.invalid("alias '" + alias + "' may only contain letters, digits, '_', '-' and '.'");
        }
    }
}
