package dev.modelyard.learn.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named sections (the reference profile monitoring reads) travel in the bundle, checksummed like payloads. */
class BundleSectionTest {
    @TempDir Path dir;

    @Test
    void sectionsRoundTripAndBundlesWithoutThemStillRead() throws IOException {
        Frame data = Pipelines.data();
        Path with = dir.resolve("with.zip");
        byte[] body = "{\"hello\":\"profile\"}".getBytes(StandardCharsets.UTF_8);
        ModelBundle.write(with, Pipelines.linear(data), Pipelines.provenance(data), null, Map.of("reference-profile.json", body));
        ModelBundle b = ModelBundle.read(with);
        assertThat(b.section("reference-profile.json")).hasValueSatisfying(v -> assertThat(v).isEqualTo(body));
        assertThat(b.section("absent.json")).isEmpty();
        assertThat(b.manifest().path("sections").path("reference-profile.json").path("sha256").asText()).hasSize(64);

        Path without = dir.resolve("without.zip");
        ModelBundle.write(without, Pipelines.linear(data), Pipelines.provenance(data), null);
        assertThat(ModelBundle.read(without).section("reference-profile.json")).isEmpty();
    }

    @Test
    void anAlteredSectionIsRefused() throws IOException {
        Frame data = Pipelines.data();
        Path file = dir.resolve("good.zip");
        ModelBundle.write(file, Pipelines.linear(data), Pipelines.provenance(data), null,
                Map.of("reference-profile.json", "{}".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> entries = new LinkedHashMap<>(BundleRoundTripTest.entries(file));
        entries.put("payloads/sections/reference-profile.json", "{\"x\":1}".getBytes(StandardCharsets.UTF_8));
        Path bad = dir.resolve("bad.zip");
        try (OutputStream os = Files.newOutputStream(bad); ZipOutputStream z = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        assertThatThrownBy(() -> ModelBundle.read(bad)).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("checksum mismatch").hasMessageContaining("section 'reference-profile.json'");
    }

    @Test
    void sectionNamesMustBePlainFileNames() {
        Frame data = Pipelines.data();
        assertThatThrownBy(() -> ModelBundle.write(dir.resolve("x.zip"), Pipelines.linear(data), Pipelines.provenance(data), null,
                Map.of("../evil", new byte[1]))).hasMessageContaining("not a plain file name");
    }
}
