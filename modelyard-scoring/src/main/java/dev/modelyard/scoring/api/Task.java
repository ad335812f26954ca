package dev.modelyard.scoring.api;

import dev.modelyard.core.error.ModelyardException;
import java.util.Locale;

/** What a model predicts. */
public enum Task {
    BINARY, MULTICLASS, REGRESSION;

    public boolean isClassification() { return this != REGRESSION; }

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Parses "binary", "multiclass", "regression" (and "classification", decided later by class count). */
    public static Task parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "binary" -> BINARY;
            case "multiclass", "multi" -> MULTICLASS;
            case "regression", "reg" -> REGRESSION;
            default -> throw ModelyardException.invalid("unknown task '" + s + "' (expected binary, multiclass or regression)");
        };
    }
}
