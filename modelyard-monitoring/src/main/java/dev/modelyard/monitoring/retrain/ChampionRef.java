package dev.modelyard.monitoring.retrain;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.serving.reload.RegistryRef;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which model is the champion: a registered model's alias ({@code NAME@ALIAS}) or a bundle file. */
public sealed interface ChampionRef {
    /** A registered model followed through an alias, e.g. {@code bikes@champion}. */
    record Registered(RegistryRef ref) implements ChampionRef {
        @Override
        public String label() { return ref.toString(); }
    }

    /** A bundle file (path normalised). */
    record BundleFile(Path path) implements ChampionRef {
        public BundleFile {
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public String label() { return path.toString(); }
    }

    /** How the champion is named in reports and run params. */
    String label();

    /**
     * {@code NAME@ALIAS} names a registered model unless a file of that name exists; anything else, or text that
     * looks like a path (a separator or a {@code .zip} ending), is a bundle file.
     */
    static ChampionRef parse(String text) {
        if (text == null || text.isBlank()) {
            throw ModelyardException.invalid("--model is empty: give NAME@ALIAS of a registered model or a bundle file");
        }
        String t = text.trim();
        int at = t.lastIndexOf('@');
        boolean looksLikePath = t.contains("/") || t.contains("\\") || t.endsWith(".zip");
        if (at > 0 && at < t.length() - 1 && !looksLikePath && !Files.exists(Path.of(t))) {
            return new Registered(RegistryRef.parse(t));
        }
        return new BundleFile(Path.of(t));
    }
}
