package dev.modelyard.data.io;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects a text column trimmed and dictionary-encoded, then decides its type at the end. Typed
 * parsing runs once per distinct value, not per row, so overrides and inference stay cheap.
 */
final class StringSink implements ColumnSink {
    private final String name;
    private final Set<String> missing;
    private final ColumnType forced;
    private final ReadOptions options;
    private boolean delimited;
    private final ByteDictionary raw = new ByteDictionary();
    private final Blocks<int[]> codes = new Blocks<>(int[]::new);
    private int[] block;
    /** Set by {@link #resolve}: the distinct trimmed, non-missing values in first-seen order, and their totals. */
    private List<String> levels;
    private long totalLength;
    private int nonNull;

    /**
     * @param forced    the override type, or null to infer
     * @param delimited whether rows map to file lines (CSV/TSV with one header line), for error messages
     */
    StringSink(String name, Set<String> missing, ColumnType forced, ReadOptions options, boolean delimited) {
        this.name = name;
        this.missing = missing;
        this.forced = forced;
        this.options = options;
        this.delimited = delimited;
    }

    /** Reads the cell as UTF-8 bytes (the plan fetches text through {@code encode}); see {@link ByteDictionary}. */
    @Override
    public void read(ResultSet rs, int col, int row) throws SQLException {
        byte[] b = rs.getBytes(col);
        block[row & Blocks.MASK] = b == null ? -1 : raw.add(b);
    }

    /** Drops line numbers from error messages: rows do not map one to one to file lines (blank lines, quoted line breaks). */
    void rowsAreNotLines() {
        delimited = false;
    }

    /**
     * Reads a cell straight from a text buffer (the CSV reader's path, which gives every row in order and so
     * needs no {@link #nextBlock} calls: a block starts at each multiple of {@link Blocks#SIZE}).
     */
    void read(byte[] buf, int from, int to, int row) {
        at(row)[row & Blocks.MASK] = raw.add(buf, from, to);
    }

    /** Records a null cell (the CSV reader's path, as {@link #read(byte[], int, int, int)}). */
    void readNull(int row) {
        at(row)[row & Blocks.MASK] = -1;
    }

    private int[] at(int row) {
        if ((row & Blocks.MASK) == 0) {
            nextBlock();
        }
        return block;
    }

    @Override public void nextBlock() { block = codes.next(); }

    @Override
    public Column finish(int rows) {
        int[] c = codes.join(rows);
        resolve(c);
        ColumnType type = forced != null ? forced : infer();
        return switch (type) {
            case LONG -> {
                long[] parsed = parse(c, ValueParser::parseLong, "long");
                long[] out = new long[rows];
                BitSet nulls = new BitSet();
                for (int i = 0; i < rows; i++) {
                    if (c[i] < 0) {
                        nulls.set(i);
                    } else {
                        out[i] = parsed[c[i]];
                    }
                }
                yield LongColumn.owning(name, out, nulls);
            }
            case TIMESTAMP -> {
                long[] parsed = parse(c, ValueParser::parseTimestamp, "timestamp (ISO date or date-time)");
                long[] out = new long[rows];
                BitSet nulls = new BitSet();
                for (int i = 0; i < rows; i++) {
                    if (c[i] < 0) {
                        nulls.set(i);
                    } else {
                        out[i] = parsed[c[i]];
                    }
                }
                yield TimestampColumn.owning(name, out, nulls);
            }
            case DOUBLE -> {
                long[] bits = parse(c, s -> {
                    Double d = ValueParser.parseDouble(s);
                    return d == null ? null : Double.doubleToRawLongBits(d);
                }, "double");
                double[] out = new double[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = c[i] < 0 ? Double.NaN : Double.longBitsToDouble(bits[c[i]]);
                }
                yield DoubleColumn.owning(name, out);
            }
            case BOOLEAN -> {
                Function<String, Boolean> p = forced == ColumnType.BOOLEAN ? ValueParser::parseBoolean : ValueParser::parseStrictBoolean;
                long[] parsed = parse(c, s -> {
                    Boolean b = p.apply(s);
                    return b == null ? null : (b ? 1L : 0L);
                }, "boolean (true/false, yes/no, 1/0)");
                boolean[] out = new boolean[rows];
                BitSet nulls = new BitSet();
                for (int i = 0; i < rows; i++) {
                    if (c[i] < 0) {
                        nulls.set(i);
                    } else {
                        out[i] = parsed[c[i]] == 1L;
                    }
                }
                yield BooleanColumn.of(name, out, nulls);
            }
            case CATEGORICAL -> CategoricalColumn.owning(name, c, levels.toArray(String[]::new));
            case TEXT -> {
                String[] out = new String[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = c[i] < 0 ? null : levels.get(c[i]);
                }
                yield TextColumn.owning(name, out);
            }
        };
    }

    /**
     * Decodes and trims each distinct raw value once, drops missing markers, merges values equal after trimming
     * (levels keep first-seen order), and rewrites {@code c} from raw codes to level codes (-1 for null).
     */
    private void resolve(int[] c) {
        int[] toLevel = new int[raw.size()];
        Map<String, Integer> index = new HashMap<>();
        levels = new ArrayList<>();
        for (int k = 0; k < toLevel.length; k++) {
            String s = new String(raw.key(k), StandardCharsets.UTF_8).strip();
            if (missing.contains(s)) {
                toLevel[k] = -1;
                continue;
            }
            Integer code = index.get(s);
            if (code == null) {
                code = levels.size();
                index.put(s, code);
                levels.add(s);
            }
            toLevel[k] = code;
            nonNull += raw.count(k);
            totalLength += (long) raw.count(k) * s.length();
        }
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 0) {
                c[i] = toLevel[c[i]];
            }
        }
    }

    /**
     * The inferred type: numbers, booleans or timestamps (ISO dates and date-times) when every distinct value
     * parses as one (a column of " 39"-style padded numbers ends up here), else categorical or text by the rule on {@link ReadOptions}.
     */
    private ColumnType infer() {
        if (!levels.isEmpty()) {
            if (levels.stream().allMatch(s -> ValueParser.parseLong(s) != null && ValueParser.parseDouble(s) != null && !s.contains(".") && !s.contains("e") && !s.contains("E"))) {
                return ColumnType.LONG;
            }
            if (levels.stream().allMatch(s -> ValueParser.parseDouble(s) != null)) {
                return ColumnType.DOUBLE;
            }
            if (levels.stream().allMatch(s -> ValueParser.parseStrictBoolean(s) != null)) {
                return ColumnType.BOOLEAN;
            }
            if (levels.stream().allMatch(s -> s.length() >= 10 && ValueParser.parseTimestamp(s) != null)) {
                return ColumnType.TIMESTAMP;
            }
        }
        return isText(levels.size(), nonNull, totalLength, options.maxCategoryLevels()) ? ColumnType.TEXT : ColumnType.CATEGORICAL;
    }

    /** The categorical-versus-text rule documented on {@link ReadOptions}. */
    static boolean isText(int distinct, int nonNull, long totalLength, int maxCategoryLevels) {
        if (nonNull == 0) {
            return false;
        }
        double avgLength = (double) totalLength / nonNull;
        return (distinct > maxCategoryLevels && distinct > 0.5 * nonNull) || (avgLength > 30 && distinct > 100);
    }

    /** Parses every level, or fails naming the column, the first bad value and where it is. */
    private long[] parse(int[] c, Function<String, Long> parser, String what) {
        long[] out = new long[levels.size()];
        boolean[] bad = new boolean[levels.size()];
        boolean anyBad = false;
        for (int k = 0; k < out.length; k++) {
            Long v = parser.apply(levels.get(k));
            if (v == null) {
                bad[k] = anyBad = true;
            } else {
                out[k] = v;
            }
        }
        if (anyBad) {
            for (int i = 0; i < c.length; i++) {
                if (c[i] >= 0 && bad[c[i]]) {
                    String where = "row " + (i + 1) + (delimited ? " (line " + (i + 2) + ")" : "");
                    throw ModelyardException.invalid("column '" + name + "': cannot read '" + levels.get(c[i]) + "' as " + what + " at " + where);
                }
            }
        }
        return out;
    }
}
