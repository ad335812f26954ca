package dev.modelyard.bench.drift;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The drift benchmark's data: {@code cols} numeric features of {@code rows} rows, stored column after column
 * as raw little-endian float64 ({@code reference.f64}, {@code current.f64}) so that Java and numpy read the
 * same values without parsing. Features cycle through five shapes (normal, log-normal, uniform, exponential,
 * a two-normal mixture); in the current data every fifth feature has moved: even ones by a location shift of
 * 0.2 standard deviations, odd ones by a 1.25× stretch around the mean.
 */
final class DriftData {
    static final String REFERENCE = "reference.f64";
    static final String CURRENT = "current.f64";

    private DriftData() {}

    /** Feature name of column {@code j}. */
    static String name(int j) {
        return String.format("f%02d", j);
    }

    /** Columns that drift in the current data. */
    static List<String> shifted(int cols) {
        List<String> s = new ArrayList<>();
        for (int j = 0; j < cols; j += 5) {
            s.add(name(j));
        }
        return s;
    }

    /** Writes both files into {@code dir} (seeded: the same arguments give the same bytes). */
    static void generate(Path dir, int rows, int cols, long seed) throws IOException {
        Files.createDirectories(dir);
        try (FileChannel ref = open(dir.resolve(REFERENCE)); FileChannel cur = open(dir.resolve(CURRENT))) {
            for (int j = 0; j < cols; j++) {
                double[] r = feature(j, rows, new SplittableRandom(seed * 1_000 + j));
                double[] c = feature(j, rows, new SplittableRandom(seed * 1_000 + 500 + j));
                if (j % 5 == 0) {
                    move(c, j % 10 == 0);
                }
                write(ref, r);
                write(cur, c);
            }
        }
    }

    /** Column {@code j} of {@code file}, which holds {@code rows} values per column. */
    static double[] read(Path file, int rows, int j) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long need = (long) rows * 8;
            ByteBuffer b = ByteBuffer.allocate((int) need).order(ByteOrder.LITTLE_ENDIAN);
            long pos = j * need;
            while (b.hasRemaining()) {
                if (ch.read(b, pos + b.position()) < 0) {
                    throw new IOException(file + " ends before column " + j + " (expected " + rows + " rows per column)");
                }
            }
            b.flip();
            double[] v = new double[rows];
            b.asDoubleBuffer().get(v);
            return v;
        }
    }

    private static double[] feature(int j, int rows, SplittableRandom r) {
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = switch (j % 5) {
                case 0 -> j + (1 + j / 10.0) * gaussian(r);
                case 1 -> Math.exp(0.5 * gaussian(r));
                case 2 -> 10 * r.nextDouble();
                case 3 -> -Math.log(1 - r.nextDouble());
                default -> r.nextDouble() < 0.3 ? -2 + gaussian(r) : 3 + 0.5 * gaussian(r);
            };
        }
        return v;
    }

    /** Shifts by 0.2 std ({@code location}) or stretches by 1.25 around the mean. */
    private static void move(double[] v, boolean location) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean) / v.length;
        }
        double sd = Math.sqrt(var);
        for (int i = 0; i < v.length; i++) {
            v[i] = location ? v[i] + 0.2 * sd : mean + 1.25 * (v[i] - mean);
        }
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static FileChannel open(Path p) throws IOException {
        return FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    private static void write(FileChannel ch, double[] v) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(v);
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
