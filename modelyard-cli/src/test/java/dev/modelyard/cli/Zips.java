package dev.modelyard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Copies a zip entry by entry, letting a test rewrite entries (to tamper with a bundle). */
final class Zips {
    private Zips() {}

    /** Writes {@code to} with every entry of {@code from} passed through {@code edit(name, bytes)}. */
    static Path rewrite(Path from, Path to, BiFunction<String, byte[], byte[]> edit) throws IOException {
        try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
             OutputStream os = Files.newOutputStream(to); ZipOutputStream zout = new ZipOutputStream(os)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(edit.apply(e.getName(), zin.readAllBytes()));
                zout.closeEntry();
            }
        }
        return to;
    }

    /** The bytes of one entry, or null when absent. */
    static byte[] entry(Path zip, String name) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return zin.readAllBytes();
                }
            }
        }
        return null;
    }
}
