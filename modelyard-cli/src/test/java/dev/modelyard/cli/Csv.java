package dev.modelyard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Small generated CSVs for CLI tests: {@code age} (integer), {@code color} (3 levels), {@code score}
 * (double) and a learnable binary target {@code income} ({@code <=50K} / {@code >50K}). Deterministic.
 */
final class Csv {
    static final String HEADER = "age,color,score,income";

    private Csv() {}

    /** {@code rows} data lines (no header) of the standard table. */
    static List<String> rows(int rows, long seed) {
        Random r = new Random(seed);
        String[] colors = {"red", "green", "blue"};
        List<String> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int age = 18 + r.nextInt(60);
            String color = colors[r.nextInt(colors.length)];
            double score = r.nextGaussian();
            double z = 0.08 * (age - 45) + 1.5 * score + (color.equals("red") ? 0.8 : 0) + 0.5 * r.nextGaussian();
            out.add(String.format(Locale.ROOT, "%d,%s,%.4f,%s", age, color, score, z > 0 ? ">50K" : "<=50K"));
        }
        return out;
    }

    /** Writes the standard table of 300 rows. */
    static Path standard(Path dir, String name) {
        return write(dir, name, HEADER, rows(300, 7));
    }

    /** Writes the standard table of 300 rows with each data line passed through {@code edit}. */
    static Path edited(Path dir, String name, String header, RowEdit edit) {
        List<String> rows = rows(300, 7);
        List<String> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(edit.apply(i, rows.get(i).split(",", -1)));
        }
        return write(dir, name, header, out);
    }

    static Path write(Path dir, String name, String header, List<String> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        try {
            return Files.write(dir.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one data row given its index and its fields (age, color, score, income). */
    @FunctionalInterface
    interface RowEdit {
        String apply(int index, String[] fields);
    }
}
