package dev.modelyard.serving.routing;

import dev.modelyard.core.error.ModelyardException;
import java.util.List;

/** One arm of a traffic split: a model version and its weight (a positive integer share). */
public record Split(String version, int weight) {
    public Split {
        if (version == null || version.isBlank()) {
            throw ModelyardException.invalid("a traffic split names no version");
        }
        if (weight <= 0) {
            throw ModelyardException.invalid("weight of version '" + version + "' must be a positive integer, got " + weight);
        }
    }

    /** Parses {@code v1:90,v2:10} (a version without weight counts 1). */
    public static List<Split> parseAll(String text) {
        if (text == null || text.isBlank()) {
            throw ModelyardException.invalid("empty traffic split: expected e.g. 1:90,2:10");
        }
        return java.util.Arrays.stream(text.split(",")).map(String::trim).map(Split::parse).toList();
    }

    private static Split parse(String part) {
        int colon = part.lastIndexOf(':');
        if (colon < 0) {
            return new Split(part, 1);
        }
        String w = part.substring(colon + 1).trim();
        try {
            return new Split(part.substring(0, colon).trim(), Integer.parseInt(w));
        } catch (NumberFormatException e) {
            throw ModelyardException.invalid("weight '" + w + "' in '" + part + "' is not an integer (expected VERSION:WEIGHT, e.g. 2:10)");
        }
    }
}
