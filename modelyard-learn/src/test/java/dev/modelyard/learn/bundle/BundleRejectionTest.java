package dev.modelyard.learn.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.bundle.BundleFormat;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged, foreign or hostile bundle is refused with a clear error naming the file; nothing from it runs or is written. */
class BundleRejectionTest {
    @TempDir static Path shared;
    static Map<String, byte[]> good;

    @TempDir Path dir;

    @BeforeAll
    static void writeOne() throws IOException {
        Frame data = Pipelines.data();
        Path file = shared.resolve("good.zip");
        ModelBundle.write(file, Pipelines.linear(data), Pipelines.provenance(data), null);
        good = BundleRoundTripTest.entries(file);
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> withManifest(ObjectNode manifest) {
        Map<String, byte[]> m = new LinkedHashMap<>(good);
        m.put(BundleFormat.MANIFEST, Json.write(manifest).getBytes(StandardCharsets.UTF_8));
        return m;
    }

    private static ObjectNode manifest() throws IOException {
        return (ObjectNode) Json.read(new String(good.get(BundleFormat.MANIFEST), StandardCharsets.UTF_8));
    }

    private static String firstPayloadPath() throws IOException {
        for (var step : manifest().path("steps")) {
            for (var p : step.path("payloads")) {
                return p.path("path").asText();
            }
        }
        throw new AssertionError("the fixture has no step payloads");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejects(Path file, ErrorCode code) {
        return assertThatThrownBy(() -> ModelBundle.read(file)).isInstanceOfSatisfying(ModelyardException.class,
                e -> assertThat(e.code()).isEqualTo(code)).hasMessageContaining(file.toString());
    }

    @Test
    void theUntouchedCopyReads() throws IOException {
        assertThat(ModelBundle.read(zip("copy.zip", good)).pipeline().classes()).containsExactly("no", "yes");
    }

    @Test
    void pathTraversalEntryIsRefusedAndNothingIsWritten() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("inner"));
        for (String evil : new String[] {"../evil", "/abs", "payloads/../../evil", "payloads/00-x/../../evil"}) {
            Map<String, byte[]> m = new LinkedHashMap<>(good);
            m.put(evil, "boom".getBytes(StandardCharsets.UTF_8));
            Path file = zip("evil.zip", m);
            Path moved = Files.move(file, inner.resolve("evil.zip"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            rejects(moved, ErrorCode.CORRUPT_BUNDLE).hasMessageContaining("unexpected entry '" + evil + "'");
        }
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("evil") || p.getFileName().toString().equals("abs"))).isEmpty();
        }
        assertThat(Path.of("/abs")).doesNotExist();
    }

    @Test
    void unknownStepKindIsRefusedNotLoaded() throws IOException {
        ObjectNode m = manifest();
        ((ObjectNode) m.path("steps").get(0)).put("kind", "com.evil.Payload");
        rejects(zip("kind.zip", withManifest(m)), ErrorCode.CORRUPT_BUNDLE).hasMessageContaining("unknown step kind 'com.evil.Payload'");
    }

    @Test
    void missingPayloadIsRefused() throws IOException {
        String path = firstPayloadPath();
        Map<String, byte[]> m = new LinkedHashMap<>(good);
        m.remove(path);
        rejects(zip("nopayload.zip", m), ErrorCode.CORRUPT_BUNDLE).hasMessageContaining(path).hasMessageContaining("missing");
    }

    @Test
    void checksumMismatchIsRefused() throws IOException {
        String path = firstPayloadPath();
        Map<String, byte[]> m = new LinkedHashMap<>(good);
        byte[] b = m.get(path).clone();
        b[0] ^= 1;
        m.put(path, b);
        rejects(zip("sha.zip", m), ErrorCode.CORRUPT_BUNDLE).hasMessageContaining("checksum mismatch").hasMessageContaining(path);
    }

    @Test
    void newerFormatVersionAsksForAnUpgrade() throws IOException {
        ObjectNode m = manifest();
        m.put("formatVersion", BundleFormat.VERSION + 998);
        rejects(zip("newer.zip", withManifest(m)), ErrorCode.UNSUPPORTED_VERSION)
                .hasMessageContaining("version " + (BundleFormat.VERSION + 998)).hasMessageContaining("upgrade");
    }

    @Test
    void foreignFormatIsRefused() throws IOException {
        ObjectNode m = manifest();
        m.put("format", "something-else");
        rejects(zip("foreign.zip", withManifest(m)), ErrorCode.CORRUPT_BUNDLE).hasMessageContaining("something-else");
    }

    @Test
    void manifestThatIsNotJsonIsRefused() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>(good);
        m.put(BundleFormat.MANIFEST, "{ not json".getBytes(StandardCharsets.UTF_8));
        rejects(zip("badjson.zip", m), ErrorCode.CORRUPT_BUNDLE).hasMessageContaining("not valid JSON");
    }

    @Test
    void missingManifestIsRefused() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>(good);
        m.remove(BundleFormat.MANIFEST);
        rejects(zip("nomanifest.zip", m), ErrorCode.CORRUPT_BUNDLE).hasMessageContaining(BundleFormat.MANIFEST);
    }

    @Test
    void randomBytesAreNotAZip() throws IOException {
        byte[] junk = new byte[2048];
        new Random(5).nextBytes(junk);
        rejects(Files.write(dir.resolve("junk.zip"), junk), ErrorCode.CORRUPT_BUNDLE).hasMessageContaining("not a zip");
    }

    @Test
    void textFileIsNotAZip() throws IOException {
        rejects(Files.writeString(dir.resolve("data.csv"), "a,b\n1,2\n"), ErrorCode.CORRUPT_BUNDLE).hasMessageContaining("not a zip");
    }

    @Test
    void truncatedZipIsRefused() throws IOException {
        byte[] all = Files.readAllBytes(zip("whole.zip", good));
        for (int cut : new int[] {30, all.length / 3, all.length / 2, all.length - 30}) {
            Path file = Files.write(dir.resolve("cut-" + cut + ".zip"), java.util.Arrays.copyOf(all, cut));
            rejects(file, ErrorCode.CORRUPT_BUNDLE);
        }
    }

    @Test
    void absentFileIsNotFound() {
        rejects(dir.resolve("absent.zip"), ErrorCode.NOT_FOUND);
    }
}
