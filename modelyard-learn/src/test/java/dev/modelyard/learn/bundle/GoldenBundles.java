package dev.modelyard.learn.bundle;

import static dev.modelyard.scoring.bundle.GoldenFiles.BUNDLES;
import static dev.modelyard.scoring.bundle.GoldenFiles.EXPECTED;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.scoring.bundle.GoldenCsv;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the golden bundles of format version 1 and their expected outputs into
 * {@code modelyard-scoring/src/test/resources/golden}. Runs only on request, because the files must never change once
 * committed: {@code ./mvnw -pl modelyard-learn test -Dtest=GoldenBundles -Dmodelyard.regenerateGolden=true}.
 * Regenerating is only right when adding a new golden version (then write new file names, e.g. v2-*).
 */
class GoldenBundles {
    /** The golden files live with the scoring module, which must keep reading them. */
    static final Path DIR = Path.of("../modelyard-scoring/src/test/resources/golden");

    /** The scoring inputs: rows never seen in training, with missing values in every column type. */
    static Frame inputs() {
        return TestData.mixed(40, 2024);
    }

    @Test
    @EnabledIfSystemProperty(named = "modelyard.regenerateGolden", matches = "true")
    void regenerate() throws IOException {
        Files.createDirectories(DIR);
        Frame data = Pipelines.data();
        Frame in = inputs();
        List<Column> expected = new ArrayList<>(in.columns());
        for (Map.Entry<String, String> b : new java.util.TreeMap<>(BUNDLES).entrySet()) {
            FittedPipeline p = b.getValue().equals("gbdt") ? Pipelines.gbdt(data) : Pipelines.linear(data);
            ModelBundle.write(DIR.resolve(b.getKey()), p, Pipelines.provenance(data), null);
            // Expectations come from the bundle as read back, i.e. exactly what a later reader must reproduce.
            Frame out = ModelBundle.read(DIR.resolve(b.getKey())).pipeline().predict(in);
            for (Column c : out.columns()) {
                expected.add(DoubleColumn.of(b.getValue() + ":" + c.name(), ((DoubleColumn) c).toArray()));
            }
        }
        Files.write(DIR.resolve(EXPECTED), GoldenCsv.write(Frame.of(expected)));
    }
}
