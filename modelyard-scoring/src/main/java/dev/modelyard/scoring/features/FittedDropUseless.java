package dev.modelyard.scoring.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.ColumnStep;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Drops the columns {@link DropUseless} chose; it still requires them at its input, so a bundle's signature stays honest. */
public final class FittedDropUseless extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "drop_columns";
    private final Map<String, String> reasons;

    /** Drops {@code dropped}; {@code reasons} maps each dropped column to why (shown in reports). */
    public FittedDropUseless(List<Field> dropped, Map<String, String> reasons) {
        super(Schema.of(dropped));
        this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** Dropped column → why, in column order (for the CLI report). */
    public Map<String, String> reasons() { return reasons; }

    @Override public String kind() { return KIND; }

    /** Every dropped column: a scorer need not demand them from callers. */
    @Override
    public Set<String> discards() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(reasons.keySet()));
    }

    @Override protected List<Field> outputs(int h) { return List.of(); }

    @Override protected List<Column> transformColumn(int h, Column in) { return List.of(); }

    @Override protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        // nothing to write: the column is gone
    }

    @Override
    public StepState save() {
        ObjectNode p = StepIO.withSchema(inputSchema());
        ObjectNode r = p.putObject("reasons");
        reasons.forEach(r::put);
        return new StepState(kind(), p);
    }

    /** Rebuilds from {@link #save()}'s state. */
    public static FittedDropUseless load(StepState st) {
        Schema s = StepIO.schema(st, "columns");
        JsonNode r = st.require("reasons");
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Field f : s.fields()) {
            JsonNode why = r.get(f.name());
            if (why == null || !why.isTextual()) {
                throw st.corrupt("no reason recorded for dropped column '" + f.name() + "'");
            }
            reasons.put(f.name(), why.asText());
        }
        return new FittedDropUseless(s.fields(), reasons);
    }
}
