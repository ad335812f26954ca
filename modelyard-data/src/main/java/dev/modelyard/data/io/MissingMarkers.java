package dev.modelyard.data.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The missing-value markers of {@link ReadOptions} as UTF-8 bytes, matched against trimmed cells without decoding them. */
final class MissingMarkers {
    private final Set<String> strings;
    private final byte[][] bytes;
    private final boolean numeric;
    private final boolean empty;

    private MissingMarkers(List<String> markers) {
        this.strings = Set.copyOf(markers);
        this.bytes = markers.stream().map(m -> m.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.empty = strings.contains("");
        NumberBytes probe = new NumberBytes();
        this.numeric = Arrays.stream(bytes).anyMatch(b -> probe.scan(b, 0, b.length) != NumberBytes.NONE);
    }

    static MissingMarkers of(List<String> markers) {
        return new MissingMarkers(markers);
    }

    Set<String> strings() { return strings; }

    /** True when a marker reads as a number ("-999"): then every cell is checked before it is parsed. */
    boolean numeric() { return numeric; }

    /** True when an empty cell is missing (the default). */
    boolean empty() { return empty; }

    boolean contains(byte[] b, int from, int to) {
        int len = to - from;
        for (byte[] m : bytes) {
            if (m.length == len && Arrays.equals(m, 0, len, b, from, to)) {
                return true;
            }
        }
        return false;
    }
}
