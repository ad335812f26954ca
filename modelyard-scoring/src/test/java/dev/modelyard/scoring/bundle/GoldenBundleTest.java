package dev.modelyard.scoring.bundle;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bundles written by format version 1 still load and predict the stored probabilities, to 1e-12, on
 * the batch path and the row path.
 *
 * <p>THIS TEST MUST STAY GREEN IN EVERY LATER VERSION. A saved model is a user's asset: a new reader
 * has to load old bundles and score them identically. Never regenerate the v1 files to make it pass;
 * if the format changes, keep reading v1 (and add v2 golden files next to these).
 */
class GoldenBundleTest {
    @ParameterizedTest
    @ValueSource(strings = {"v1-mixed-gbdt.zip", "v1-mixed-linear.zip"})
    void goldenBundlePredictsTheStoredProbabilities(String bundle) throws IOException, URISyntaxException {
        ModelBundle read = ModelBundle.read(resource(bundle));
        // v1 bundles predate named sections (the reference profile): they read, with no sections.
        assertThat(read.section("reference-profile.json")).isEmpty();
        FittedPipeline p = read.pipeline();
        assertThat(p.classes()).containsExactly("no", "yes");
        List<String> lines = Files.readAllLines(resource(GoldenFiles.EXPECTED));
        Frame in = GoldenCsv.read(lines, p.signature().schema());
        assertThat(in.rowCount()).isEqualTo(40);
        List<String> header = List.of(lines.get(0).split(",", -1));
        String prefix = GoldenFiles.BUNDLES.get(bundle) + ":";

        Frame out = p.predict(in);
        RowScorer scorer = p.compile();
        for (int i = 0; i < in.rowCount(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            in.rowInto(i, scorer.input());
            double[] row = scorer.score();
            for (int k = 0; k < out.columnCount(); k++) {
                int j = header.indexOf(prefix + out.column(k).name());
                assertThat(j).as("expected column %s%s", prefix, out.column(k).name()).isNotNegative();
                double expected = Double.parseDouble(cells[j]);
                assertThat(out.column(k).getDouble(i)).as("batch, row %d, %s", i, out.column(k).name()).isCloseTo(expected, within(1e-12));
                assertThat(row[k]).as("row path, row %d, %s", i, out.column(k).name()).isCloseTo(expected, within(1e-12));
            }
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        URL url = GoldenBundleTest.class.getResource("/golden/" + name);
        assertThat(url).as("golden file %s on the test classpath", name).isNotNull();
        return Path.of(url.toURI());
    }
}
