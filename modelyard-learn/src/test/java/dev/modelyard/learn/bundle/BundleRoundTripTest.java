package dev.modelyard.learn.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.json.Json;
import dev.modelyard.core.provenance.Fingerprint;
import dev.modelyard.scoring.bundle.BundleFormat;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written and re-read bundle predicts exactly as the pipeline that was written, and its manifest says what it is. */
class BundleRoundTripTest {
    @TempDir static Path dir;
    static Frame data;
    static FittedPipeline gbdt;
    static FittedPipeline linear;
    static Path gbdtFile;
    static Path linearFile;

    @BeforeAll
    static void writeBundles() {
        data = Pipelines.data();
        gbdt = Pipelines.gbdt(data);
        linear = Pipelines.linear(data);
        gbdtFile = dir.resolve("gbdt.zip");
        linearFile = dir.resolve("linear.zip");
        ObjectNode evaluation = Json.object().put("note", "round-trip test");
        ModelBundle.write(gbdtFile, gbdt, Pipelines.provenance(data), evaluation);
        ModelBundle.write(linearFile, linear, Pipelines.provenance(data), null);
    }

    @Test
    void gbdtPredictionsAreIdenticalAfterReading() {
        assertIdentical(gbdt, ModelBundle.read(gbdtFile).pipeline());
    }

    @Test
    void linearPredictionsAreIdenticalAfterReading() {
        assertIdentical(linear, ModelBundle.read(linearFile).pipeline());
    }

    private static void assertIdentical(FittedPipeline written, FittedPipeline read) {
        Frame expected = written.predict(data);
        Frame actual = read.predict(data);
        assertThat(actual.schema()).isEqualTo(expected.schema());
        for (int j = 0; j < expected.columnCount(); j++) {
            for (int i = 0; i < data.rowCount(); i++) {
                assertThat(actual.column(j).getDouble(i)).as("row %d, %s", i, expected.column(j).name())
                        .isEqualTo(expected.column(j).getDouble(i));
            }
        }
        // The row path of the re-read pipeline gives the same numbers as the batch path of the written one.
        RowScorer scorer = read.compile();
        for (int i = 0; i < data.rowCount(); i++) {
            data.rowInto(i, scorer.input());
            double[] p = scorer.score();
            for (int j = 0; j < p.length; j++) {
                assertThat(p[j]).as("row %d, output %d", i, j).isCloseTo(expected.column(j).getDouble(i), org.assertj.core.data.Offset.offset(1e-12));
            }
        }
        assertThat(read.targetName()).isEqualTo(written.targetName());
        assertThat(read.classes()).isEqualTo(written.classes());
        assertThat(read.signature()).isEqualTo(written.signature());
    }

    @Test
    void manifestDescribesFormatInputStepsPayloadsAndProvenance() throws IOException {
        ModelBundle b = ModelBundle.read(gbdtFile);
        ObjectNode m = b.manifest();
        assertThat(m.path("format").asText()).isEqualTo(BundleFormat.FORMAT);
        assertThat(m.path("formatVersion").asInt()).isEqualTo(BundleFormat.VERSION);
        assertThat(m.path("target").path("name").asText()).isEqualTo("y");
        assertThat(m.path("target").path("task").asText()).isEqualTo("binary");

        Map<String, JsonNode> columns = new HashMap<>();
        m.path("input").path("columns").forEach(c -> columns.put(c.path("name").asText(), c));
        for (Column c : data.columns()) {
            assertThat(columns).containsKey(c.name());
            assertThat(columns.get(c.name()).path("type").asText()).isEqualTo(c.type().label());
        }
        assertThat(columns.get("color").path("categories")).extracting(JsonNode::asText)
                .containsExactly("black", "blue", "green", "red", "white");

        assertThat(m.path("steps")).hasSize(gbdt.steps().size());
        for (int i = 0; i < gbdt.steps().size(); i++) {
            assertThat(m.path("steps").get(i).path("kind").asText()).isEqualTo(gbdt.steps().get(i).kind());
            assertThat(m.path("steps").get(i).path("params").isObject()).isTrue();
        }
        assertThat(m.path("model").path("kind").asText()).isEqualTo("gbdt");
        assertThat(m.path("model").path("params").size()).isPositive();

        // Every payload is listed with its size and checksum, and the zip holds exactly those bytes.
        Map<String, byte[]> entries = entries(gbdtFile);
        int payloads = 0;
        List<JsonNode> allSteps = new ArrayList<>();
        m.path("steps").forEach(allSteps::add);
        allSteps.add(m.path("model"));
        for (JsonNode step : allSteps) {
            for (JsonNode p : step.path("payloads")) {
                byte[] bytes = entries.get(p.path("path").asText());
                assertThat(bytes).as(p.path("path").asText()).isNotNull();
                assertThat(p.path("bytes").asInt()).isEqualTo(bytes.length);
                assertThat(p.path("sha256").asText()).isEqualTo(Fingerprint.sha256Hex(bytes)).hasSize(64);
                payloads++;
            }
        }
        assertThat(payloads).isPositive();
        assertThat(entries).hasSize(payloads + 1).containsKey(BundleFormat.MANIFEST);

        JsonNode prov = m.path("provenance");
        assertThat(prov.path("dataFingerprint").asText()).isEqualTo(Fingerprint.of(data));
        assertThat(prov.path("rows").asLong()).isEqualTo(300);
        assertThat(prov.path("seed").asLong()).isEqualTo(Pipelines.SEED);
        assertThat(prov.path("libraries").size()).isPositive();
        assertThat(prov.path("startedAt").asText()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(b.evaluation().path("note").asText()).isEqualTo("round-trip test");
        assertThat(ModelBundle.read(linearFile).evaluation().isEmpty()).isTrue();
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path out = dir.resolve("again").resolve("model.zip");
        ModelBundle.write(out, linear, Pipelines.provenance(data), null);
        ModelBundle.write(out, linear, Pipelines.provenance(data), null);
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("model.zip");
        }
        assertIdentical(linear, ModelBundle.read(out).pipeline());
    }

    @Test
    void bundleGetsTheUsualFilePermissionsNotOwnerOnly() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("perms"));
        Assumptions.assumeTrue(sub.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(sub.resolve("plain.txt"));
        Path out = sub.resolve("model.zip");
        ModelBundle.write(out, linear, Pipelines.provenance(data), null);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void failedWriteIsAClearErrorAndLeavesNoTemporaryFile() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("occupied"));
        Path taken = Files.createDirectories(sub.resolve("model.zip").resolve("child"));
        assertThatThrownBy(() -> ModelBundle.write(taken.getParent(), linear, Pipelines.provenance(data), null))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("cannot write bundle").hasMessageContaining("model.zip");
        try (var files = Files.list(sub)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("model.zip");
        }
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }
}
