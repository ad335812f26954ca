package dev.modelyard.learn.features;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.features.FittedDropUseless;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds columns that cannot help a model and drops them: constant columns (at most one distinct
 * non-null value), ID-like columns (string or integer values unique per row, e.g. PassengerId, Name),
 * integer row counters (strictly monotonic in row order), and the columns the user names.
 */
public final class DropUseless implements Estimator<FittedDropUseless> {
    public static final String KIND = FittedDropUseless.KIND;
    /** The uniqueness and monotonicity rules need more rows than this, so a tiny sample is not mistaken for IDs. */
    static final int MIN_ROWS_FOR_ID = 50;
    /** Unique text with more words than this on average is prose for tf-idf, not a name or code. */
    static final double MAX_ID_WORDS = 5.0;

    /**
     * @param dropConstant  drop columns with at most one distinct non-null value
     * @param dropIdLike    drop string/integer columns whose non-null values are unique (more than 50 of them)
     * @param dropMonotonic drop integer columns strictly increasing or decreasing with row order
     * @param drop          columns the user names, dropped whatever they hold
     */
    public record Params(boolean dropConstant, boolean dropIdLike, boolean dropMonotonic, List<String> drop) {
        public Params {
            drop = drop == null ? List.of() : List.copyOf(drop);
        }
    }

    private final Params params;

    public DropUseless(Params params) {
        this.params = params;
    }

    /** Every rule on, no user-named columns. */
    public static DropUseless defaults() {
        return new DropUseless(new Params(true, true, true, List.of()));
    }

    /** Every rule on, plus the given columns. */
    public static DropUseless dropping(List<String> columns) {
        return new DropUseless(new Params(true, true, true, columns));
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedDropUseless fit(Frame data, Target target, FitContext ctx) {
        Set<String> named = new HashSet<>();
        for (String n : params.drop()) {
            data.schema().require(n); // a misspelt name is an error with suggestions, not a silent no-op
            named.add(n);
        }
        List<Field> fields = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Column c : data.columns()) {
            String why = named.contains(c.name()) ? "named by the user" : reason(c, data.rowCount());
            if (why != null) {
                fields.add(c.field());
                reasons.put(c.name(), why);
            }
        }
        return new FittedDropUseless(fields, reasons);
    }

    private String reason(Column c, int rows) {
        if (params.dropConstant()) {
            int distinct = distinctUpTo(c, 2);
            if (distinct <= 1) {
                return distinct == 0 ? "constant: every value is missing" : "constant: one distinct value";
            }
        }
        if (params.dropMonotonic() && c instanceof LongColumn l && rows > MIN_ROWS_FOR_ID && isMonotonic(l)) {
            return "row counter: strictly monotonic integers";
        }
        if (params.dropIdLike() && isIdCandidate(c) && c.size() - c.nullCount() > MIN_ROWS_FOR_ID) {
            int nonNull = c.size() - c.nullCount();
            if (allDistinct(c)) {
                return "ID-like: " + nonNull + " unique values in " + nonNull + " non-missing rows";
            }
        }
        return null;
    }

    private static boolean isIdCandidate(Column c) {
        return switch (c.type()) {
            case LONG, CATEGORICAL -> true;
            case TEXT -> meanWords(c) <= MAX_ID_WORDS;
            default -> false;
        };
    }

    /** Distinct non-null values, counting no further than {@code cap}. */
    private static int distinctUpTo(Column c, int cap) {
        Set<Object> seen = new HashSet<>();
        boolean numeric = c.type().isNumericSlot();
        for (int i = 0; i < c.size() && seen.size() < cap; i++) {
            if (!c.isNull(i)) {
                seen.add(numeric ? (Object) c.getDouble(i) : c.getString(i));
            }
        }
        return seen.size();
    }

    /** Whether no non-null value repeats; stops at the first repeat, which most columns show early. */
    private static boolean allDistinct(Column c) {
        Set<Object> seen = new HashSet<>();
        boolean numeric = c.type().isNumericSlot();
        for (int i = 0; i < c.size(); i++) {
            if (!c.isNull(i) && !seen.add(numeric ? (Object) c.getDouble(i) : c.getString(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMonotonic(LongColumn c) {
        if (c.nullCount() > 0) {
            return false;
        }
        int up = 0;
        int down = 0;
        for (int i = 1; i < c.size(); i++) {
            long d = Long.compare(c.getLong(i), c.getLong(i - 1));
            if (d > 0) {
                up++;
            } else if (d < 0) {
                down++;
            } else {
                return false;
            }
        }
        return up == 0 || down == 0;
    }

    private static double meanWords(Column c) {
        long words = 0;
        long docs = 0;
        for (int i = 0; i < c.size(); i++) {
            String s = c.getString(i);
            if (s == null) {
                continue;
            }
            docs++;
            boolean in = false;
            for (int k = 0; k < s.length(); k++) {
                boolean letter = !Character.isWhitespace(s.charAt(k));
                if (letter && !in) {
                    words++;
                }
                in = letter;
            }
        }
        return docs == 0 ? 0 : (double) words / docs;
    }

}
