package dev.modelyard.cli.command.tracking;

import dev.modelyard.core.error.ModelyardException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code 30d}, {@code 12h}, {@code 15m}, {@code 45s}. */
final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})([dhms])");

    private Durations() {}

    static Duration parse(String text, String option) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw ModelyardException.invalid(option + " must look like 30d, 12h, 15m or 45s, got '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
