package dev.modelyard.tracking.artifacts;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.ArtifactInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalArtifactStoreTest {
    private static final String RUN = "mlflow-artifacts:/1/abc/artifacts";

    @TempDir
    Path tmp;
    Path root;
    Path outside;
    LocalArtifactStore store;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(tmp.resolve("root"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        store = new LocalArtifactStore(root, 1024);
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private String read(String rootUri, String path) throws IOException {
        try (InputStream in = store.open(rootUri, path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void putOpenListRoundTrip() throws IOException {
        assertThat(store.put(RUN, "model/model.zip", bytes("zip")).fileSize()).isEqualTo(3);
        store.put(RUN, "report.json", bytes("{}"));
        store.put(RUN, "report.json", bytes("{\"v\":2}")); // replaces
        assertThat(read(RUN, "report.json")).isEqualTo("{\"v\":2}");
        assertThat(Files.readString(root.resolve("1/abc/artifacts/model/model.zip"))).isEqualTo("zip");
        assertThat(store.list(RUN, null)).containsExactly(new ArtifactInfo("model", true, null), new ArtifactInfo("report.json", false, 7L));
        assertThat(store.list(RUN, "model/")).containsExactly(new ArtifactInfo("model/model.zip", false, 3L));
        assertThat(store.list(RUN, "nothing-here")).isEmpty();
        // the proxied API addresses the same file from the store root
        assertThat(read("mlflow-artifacts:/", "1/abc/artifacts/model/model.zip")).isEqualTo("zip");
        assertThatThrownBy(() -> store.open(RUN, "missing.txt")).isInstanceOfSatisfying(ModelyardException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        store.deleteAll("mlflow-artifacts:/1/abc");
        assertThat(root.resolve("1/abc")).doesNotExist();
        assertThat(root.resolve("1")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "../../outside/secret.txt", "a/../../outside/secret.txt", "/etc/passwd", "C:/Windows/win.ini",
        "..\\..\\outside\\secret.txt", "a\\b", "%2e%2e/%2e%2e/outside/secret.txt", "%2E%2E%2Fx", "..%2fsecret.txt", "%252e%252e/x",
        "a%00b", "a\u0000b", "./a", "a//b", "a/./b", "x#/../../y", "x?y=../..", "~/x", ".."})
    void traversalTricksAreRejected(String path) {
        for (var call : List.<Runnable>of(() -> store.put(RUN, path, bytes("x")), () -> store.open(RUN, path), () -> store.list(RUN, path))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(ModelyardException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                assertThat(e.getMessage()).contains("invalid artifact path");
            });
        }
        assertThat(outside).isDirectoryContaining(p -> p.getFileName().toString().equals("secret.txt"));
        assertThat(outside.toFile().list()).containsExactly("secret.txt");
    }

    @Test
    void rootUrisOutsideTheStoreAreRejected() {
        for (String bad : List.of("file:///etc", "s3://bucket/x", "mlflow-artifacts:/../outside", "mlflow-artifacts:/1/%2e%2e/..", "/tmp")) {
            assertThatThrownBy(() -> store.put(bad, "x.txt", bytes("x"))).isInstanceOfSatisfying(ModelyardException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
        }
        assertThatThrownBy(() -> store.deleteAll("mlflow-artifacts:/")).hasMessageContaining("whole artifact root");
    }

    @Test
    void symlinksLeadingOutsideAreRejected() throws IOException {
        Path runDir = Files.createDirectories(root.resolve("1/abc/artifacts"));
        Files.createSymbolicLink(runDir.resolve("escape"), outside);
        Files.createSymbolicLink(runDir.resolve("secret-link.txt"), outside.resolve("secret.txt"));
        assertThatThrownBy(() -> store.open(RUN, "escape/secret.txt")).hasMessageContaining("outside the artifact root");
        assertThatThrownBy(() -> store.open(RUN, "secret-link.txt")).hasMessageContaining("outside the artifact root");
        assertThatThrownBy(() -> store.list(RUN, "escape")).hasMessageContaining("outside the artifact root");
        assertThatThrownBy(() -> store.put(RUN, "escape/new.txt", bytes("x"))).hasMessageContaining("outside the artifact root");
        assertThatThrownBy(() -> store.put(RUN, "escape/deeper/new.txt", bytes("x"))).hasMessageContaining("outside the artifact root");
        assertThat(outside.toFile().list()).containsExactly("secret.txt");
        // writing onto a symlink replaces the link, it never writes through it
        store.put(RUN, "secret-link.txt", bytes("mine"));
        assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("secret");
        assertThat(read(RUN, "secret-link.txt")).isEqualTo("mine");
        // deleting a run folder removes links, not their targets
        store.deleteAll("mlflow-artifacts:/1/abc");
        assertThat(outside.resolve("secret.txt")).hasContent("secret");
    }

    @Test
    void symlinkedRootItselfIsFine() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real-root"));
        Path link = Files.createSymbolicLink(tmp.resolve("link-root"), real);
        LocalArtifactStore linked = new LocalArtifactStore(link, 1024);
        linked.put(RUN, "a.txt", bytes("a"));
        assertThat(real.resolve("1/abc/artifacts/a.txt")).hasContent("a");
    }

    @Test
    void firstUploadCreatesAMissingRoot() throws IOException {
        LocalArtifactStore fresh = new LocalArtifactStore(tmp.resolve("not-yet/artifacts"), 1024);
        fresh.put(RUN, "model.zip", bytes("zip"));
        assertThat(tmp.resolve("not-yet/artifacts/1/abc/artifacts/model.zip")).hasContent("zip");
        assertThat(new LocalArtifactStore(tmp.resolve("absent"), 1024).list(RUN, null)).isEmpty();
    }

    @Test
    void uploadsOverTheLimitAreRejectedAndLeaveNothing() {
        assertThatThrownBy(() -> store.put(RUN, "big.bin", new ByteArrayInputStream(new byte[1025])))
                .isInstanceOfSatisfying(ModelyardException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("upload limit of 1024 bytes");
                });
        assertThat(store.list(RUN, null)).isEmpty();
        store.put(RUN, "ok.bin", new ByteArrayInputStream(new byte[1024]));
        assertThat(store.list(RUN, null)).extracting(ArtifactInfo::path).containsExactly("ok.bin");
    }
}
