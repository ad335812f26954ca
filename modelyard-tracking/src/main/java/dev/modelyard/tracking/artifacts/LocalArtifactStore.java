package dev.modelyard.tracking.artifacts;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.ArtifactInfo;
import dev.modelyard.tracking.api.ArtifactStore;
import dev.modelyard.tracking.validation.ArtifactUris;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Artifacts in a local folder: {@code mlflow-artifacts:/a/b} is {@code <root>/a/b}. Every path is checked by
 * {@link ArtifactPaths}, resolved, and then checked again on the real file system: the real path of the target
 * (or of its deepest existing ancestor) must lie under the real root, so a symlink cannot lead outside.
 * Uploads go to a temporary file and are moved into place, so a reader never sees half a file and an
 * existing symlink at the target is replaced, not followed.
 */
public final class LocalArtifactStore implements ArtifactStore {
    private final Path root;
    /** The root with symlinks resolved, once: every path must resolve under it. */
    private final Path realRoot;
    private final long maxUploadBytes;

    /** A store under {@code root}, created here when absent (paths are checked against its real location). */
    public LocalArtifactStore(Path root, long maxUploadBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxUploadBytes = maxUploadBytes;
        try {
            this.realRoot = Files.createDirectories(this.root).toRealPath();
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot create the artifacts root " + root + ": " + e.getMessage());
        }
    }

    @Override
    public long maxUploadBytes() { return maxUploadBytes; }

    @Override
    public ArtifactInfo put(String rootUri, String relativePath, InputStream data) {
        List<String> base = base(rootUri);
        List<String> rel = ArtifactPaths.segments(relativePath);
        if (rel.isEmpty()) {
            throw ModelyardException.invalid("artifact path is empty: name the file to upload");
        }
        Path target = resolve(base, rel);
        try {
            Path parent = target.getParent();
            checkInside(deepestExisting(parent), relativePath);
            Files.createDirectories(parent);
            checkInside(parent, relativePath);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw ModelyardException.invalid("artifact path '" + relativePath + "' is a directory");
            }
            Path tmp = Files.createTempFile(parent, ".upload-", ".part");
            try {
                long size = copyLimited(data, tmp, relativePath);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new ArtifactInfo(String.join("/", rel), false, size);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw io("write", relativePath, e);
        }
    }

    private long copyLimited(InputStream in, Path tmp, String relativePath) throws IOException {
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(tmp)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxUploadBytes) {
                    throw ModelyardException.invalid("artifact '" + relativePath + "' is larger than the upload limit of " + maxUploadBytes + " bytes");
                }
                out.write(buf, 0, n);
            }
        }
        return total;
    }

    @Override
    public InputStream open(String rootUri, String relativePath) {
        List<String> rel = ArtifactPaths.segments(relativePath);
        Path target = resolve(base(rootUri), rel);
        try {
            if (!Files.exists(target) || Files.isDirectory(target)) {
                throw ModelyardException.notFound("artifact '" + relativePath + "' does not exist");
            }
            Path real = checkInside(target, relativePath);
            return Files.newInputStream(real);
        } catch (IOException e) {
            throw io("read", relativePath, e);
        }
    }

    @Override
    public List<ArtifactInfo> list(String rootUri, String relativeDir) {
        List<String> rel = ArtifactPaths.segments(relativeDir);
        Path dir = resolve(base(rootUri), rel);
        String prefix = rel.isEmpty() ? "" : String.join("/", rel) + "/";
        List<ArtifactInfo> out = new ArrayList<>();
        try {
            if (!Files.isDirectory(dir)) {
                return out;
            }
            Path realDir = checkInside(dir, relativeDir);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(realDir)) {
                for (Path child : children) {
                    String name = child.getFileName().toString();
                    if (name.startsWith(".upload-")) {
                        continue; // an upload in progress
                    }
                    BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    out.add(new ArtifactInfo(prefix + name, a.isDirectory(), a.isDirectory() ? null : a.size()));
                }
            }
        } catch (IOException e) {
            throw io("list", relativeDir, e);
        }
        out.sort(java.util.Comparator.comparing(ArtifactInfo::path));
        return out;
    }

    @Override
    public void deleteAll(String rootUri) {
        List<String> base = base(rootUri);
        if (base.isEmpty()) {
            throw ModelyardException.invalid("refusing to delete the whole artifact root; name a run or experiment folder");
        }
        Path dir = resolve(base, List.of());
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            checkInside(deepestExisting(dir.getParent()), rootUri);
            // walkFileTree does not follow symlinks: a link is deleted, never what it points to
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw io("delete", rootUri, e);
        }
    }

    /** The checked segments of a root URI: {@code mlflow-artifacts:/…} (or empty for the store root). */
    private static List<String> base(String rootUri) {
        if (rootUri == null || rootUri.isEmpty() || rootUri.equals(ArtifactUris.SCHEME) || rootUri.equals(ArtifactUris.SCHEME + "/")) {
            return List.of();
        }
        if (!rootUri.startsWith(ArtifactUris.SCHEME + "/")) {
            throw ModelyardException.invalid("artifact root '" + rootUri + "' is not served by this store (expected mlflow-artifacts:/…)");
        }
        return ArtifactPaths.segments(rootUri.substring(ArtifactUris.SCHEME.length() + 1));
    }

    private Path resolve(List<String> base, List<String> rel) {
        Path p = root;
        for (String s : base) {
            p = p.resolve(s);
        }
        for (String s : rel) {
            p = p.resolve(s);
        }
        p = p.normalize();
        if (!p.startsWith(root)) {
            throw ModelyardException.invalid("artifact path resolves outside the artifact root");
        }
        return p;
    }

    private static Path deepestExisting(Path p) {
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    /** The real path of {@code p} after checking it lies under the real root (symlinks resolved). */
    private Path checkInside(Path p, String shown) throws IOException {
        Path real = p == null ? realRoot : p.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw ModelyardException.invalid("invalid artifact path '" + shown + "': it leads outside the artifact root (through a symlink)");
        }
        return real;
    }

    private static ModelyardException io(String op, String path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return ModelyardException.notFound("artifact '" + path + "' does not exist");
        }
        if (e instanceof AccessDeniedException) {
            return new ModelyardException(ErrorCode.INTERNAL, "cannot " + op + " artifact '" + path + "': permission denied", e);
        }
        return new ModelyardException(ErrorCode.INTERNAL, "cannot " + op + " artifact '" + path + "': " + e.getMessage(), e);
    }
}
