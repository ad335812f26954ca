package dev.modelyard.serving.model;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A bundle file to serve, from {@code --model [NAME[@VERSION]=]PATH}. Without a name the file's stem is used
 * ({@code churn.zip} → {@code churn}); without a version, the n-th file given for a name is version n.
 */
public record ModelFile(String name, String version, Path path) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public ModelFile {
        if (!NAME.matcher(name).matches()) {
            throw ModelyardException.invalid("model name '" + name + "' must be letters, digits, '.', '_' or '-' (at most 128)");
        }
        if (version != null && !NAME.matcher(version).matches()) {
            throw ModelyardException.invalid("model version '" + version + "' of '" + name + "' must be letters, digits, '.', '_' or '-'");
        }
        path = path.toAbsolutePath().normalize();
    }

    /** Parses every {@code --model} value and numbers versions per name. */
    public static List<ModelFile> parseAll(List<String> specs) {
        List<ModelFile> out = new ArrayList<>();
        Map<String, Integer> count = new HashMap<>();
        for (String s : specs) {
            ModelFile f = parse(s);
            int n = count.merge(f.name(), 1, Integer::sum);
            ModelFile numbered = f.version() == null ? new ModelFile(f.name(), Integer.toString(n), f.path()) : f;
            if (out.stream().anyMatch(o -> o.name().equals(numbered.name()) && o.version().equals(numbered.version()))) {
                throw ModelyardException.invalid("--model gives version '" + numbered.version() + "' of '" + numbered.name() + "' twice");
            }
            out.add(numbered);
        }
        return out;
    }

    static ModelFile parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw ModelyardException.invalid("--model needs a bundle file, e.g. --model model.zip or --model churn=model.zip");
        }
        int eq = spec.indexOf('=');
        String pathText = eq < 0 ? spec : spec.substring(eq + 1);
        if (pathText.isBlank()) {
            throw ModelyardException.invalid("--model '" + spec + "' names no file after '='");
        }
        Path path = Path.of(pathText.trim());
        if (eq < 0) {
            String file = path.getFileName().toString();
            int dot = file.lastIndexOf('.');
            return new ModelFile(dot > 0 ? file.substring(0, dot) : file, null, path);
        }
        String id = spec.substring(0, eq).trim();
        int at = id.indexOf('@');
        return at < 0 ? new ModelFile(id, null, path) : new ModelFile(id.substring(0, at), id.substring(at + 1), path);
    }

    /** Reads and verifies the bundle (NOT_FOUND / CORRUPT_BUNDLE with the path in the message). */
    public LoadedModel load() {
        return new LoadedModel(name, version, path.toString(), ModelBundle.read(path));
    }
}
