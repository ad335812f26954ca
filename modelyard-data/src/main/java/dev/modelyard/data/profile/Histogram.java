package dev.modelyard.data.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import java.util.List;

/** Equal-width bins over [min, max] (the last bin includes max); one bin when min = max. */
public record Histogram(double min, double max, List<Integer> counts) {
    private static final String BLOCKS = " ▏▎▍▌▋▊▉█";
    static final int BINS = 10;

    public Histogram {
        counts = List.copyOf(counts);
    }

    static Histogram ofSorted(double[] s) {
        double min = s[0];
        double max = s[s.length - 1];
        int bins = min == max ? 1 : BINS;
        Integer[] counts = new Integer[bins];
        java.util.Arrays.fill(counts, 0);
        for (double v : s) {
            int b = bins == 1 ? 0 : Math.min(bins - 1, (int) ((v - min) / (max - min) * bins));
            counts[b]++;
        }
        return new Histogram(min, max, List.of(counts));
    }

    /** Lower edge of bin {@code b}. */
    public double lower(int b) {
        return min + (max - min) * b / counts.size();
    }

    /** One line per bin: range, a bar of eighth-blocks scaled to {@code width}, count. */
    String render(String indent, int width, java.util.function.DoubleFunction<String> fmt) {
        int peak = counts.stream().mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < counts.size(); b++) {
            int eighths = peak == 0 ? 0 : (int) Math.round((double) counts.get(b) * width * 8 / peak);
            String bar = "█".repeat(eighths / 8) + (eighths % 8 == 0 ? "" : String.valueOf(BLOCKS.charAt(eighths % 8)));
            String upper = fmt.apply(b + 1 == counts.size() ? max : lower(b + 1));
            sb.append(indent).append(String.format("%12s – %-12s %-" + width + "s %d%n", fmt.apply(lower(b)), upper, bar, counts.get(b)));
        }
        return sb.toString();
    }

    ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("min", min).put("max", max);
        counts.forEach(o.putArray("counts")::add);
        return o;
    }
}
