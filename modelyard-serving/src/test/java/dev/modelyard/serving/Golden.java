package dev.modelyard.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.bundle.GoldenFiles;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.serving.model.LoadedModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The golden bundles of modelyard-scoring's test-jar (a GBDT and a linear pipeline over the same mixed inputs:
 * doubles, a long, two categoricals, a timestamp, text) with their expected probabilities on 40 rows.
 */
public final class Golden {
    public static final String GBDT = "v1-mixed-gbdt.zip";
    public static final String LINEAR = "v1-mixed-linear.zip";

    private Golden() {}

    /** A bundle file copied out of the classpath into {@code dir}. */
    public static Path bundleFile(String name, Path dir) {
        Path out = dir.resolve(name);
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static LoadedModel load(String modelName, String version, String file, Path dir) {
        return new LoadedModel(modelName, version, file, ModelBundle.read(bundleFile(file, dir)));
    }

    /** The expected CSV: inputs x1,x2,n,color,city,when,note then gbdt:/linear: probabilities of no, yes. */
    public static List<String> lines() {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + GoldenFiles.EXPECTED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV text of the first {@code rows} rows with the input columns only. */
    public static String inputCsv(int rows) {
        StringBuilder sb = new StringBuilder();
        List<String> l = lines();
        for (int i = 0; i <= rows; i++) {
            String[] c = l.get(i).split(",", -1);
            sb.append(String.join(",", List.of(c).subList(0, 7))).append('\n');
        }
        return sb.toString();
    }

    /** Expected P(yes) of a data row (0-based) for "gbdt" or "linear". */
    public static double expectedYes(String learner, int row) {
        List<String> header = List.of(lines().get(0).split(","));
        return Double.parseDouble(lines().get(row + 1).split(",", -1)[header.indexOf(learner + ":proba_yes")]);
    }

    /** The first {@code rows} input rows as JSON records with typed values (null for empty cells). */
    public static ArrayNode records(int rows) {
        List<String> l = lines();
        String[] header = l.get(0).split(",");
        ArrayNode out = Json.array();
        for (int i = 1; i <= rows; i++) {
            String[] c = l.get(i).split(",", -1);
            ObjectNode r = out.addObject();
            for (int j = 0; j < 7; j++) {
                String name = header[j];
                if (c[j].isEmpty()) {
                    r.putNull(name);
                } else if (name.equals("x1") || name.equals("x2")) {
                    r.put(name, Double.parseDouble(c[j]));
                } else if (name.equals("n") || name.equals("when")) {
                    r.put(name, Long.parseLong(c[j]));
                } else {
                    r.put(name, c[j]);
                }
            }
        }
        return out;
    }

    /** The input column names in signature order. */
    public static List<String> inputs() {
        return List.of("x1", "x2", "n", "color", "city", "when", "note");
    }
}
