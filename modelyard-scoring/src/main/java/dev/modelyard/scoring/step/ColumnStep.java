package dev.modelyard.scoring.step;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.api.RowTransform;
import dev.modelyard.scoring.api.Transformer;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of fitted feature steps that work column by column: each column the step was fitted on
 * ("handled") is replaced in place by zero or more output columns; every other column passes
 * through unchanged. Subclasses write the per-column batch and row logic once; this class does the
 * schema bookkeeping, the input checks and the row plumbing, so batch and row paths cannot drift.
 */
public abstract class ColumnStep implements Transformer {
    private final Schema handled;

    /** @param handled the columns this step consumes, with the types seen at fit time */
    protected ColumnStep(Schema handled) {
        this.handled = handled;
    }

    /** Output fields that replace handled column {@code h} (index into {@link #inputSchema()}); empty drops it. */
    protected abstract List<Field> outputs(int h);

    /** Batch outputs for handled column {@code h}, matching {@link #outputs(int)} in names and types. */
    protected abstract List<Column> transformColumn(int h, Column in);

    /**
     * Row outputs for handled column {@code h}: read slot {@code inIdx} of {@code in} (num for numeric
     * types, str for categorical/text) and write {@code outputs(h).size()} slots of {@code out} from
     * {@code outStart}. Must not allocate and must equal {@link #transformColumn} bit for bit.
     */
    protected abstract void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart);

    @Override
    public final Schema inputSchema() {
        return handled;
    }

    @Override
    public final Schema outputSchema(Schema input) {
        input.requireCompatible(handled, "step '" + kind() + "'");
        List<Field> out = new ArrayList<>();
        for (Field f : input.fields()) {
            int h = handled.indexOf(f.name());
            if (h < 0) {
                out.add(f);
            } else {
                out.addAll(outputs(h));
            }
        }
        return Schema.of(out);
    }

    @Override
    public final Frame transform(Frame input) {
        input.schema().requireCompatible(handled, "step '" + kind() + "'");
        List<Column> out = new ArrayList<>();
        for (Column c : input.columns()) {
            int h = handled.indexOf(c.name());
            if (h < 0) {
                out.add(c);
            } else {
                out.addAll(transformColumn(h, c));
            }
        }
        return out.isEmpty() ? Frame.empty(input.rowCount()) : Frame.of(out);
    }

    @Override
    public final RowTransform compile(Schema input) {
        Schema output = outputSchema(input);
        int n = input.size();
        int[] outPos = new int[n];      // passthrough target, or start of the handled outputs
        int[] handledIdx = new int[n];  // index into handled, or -1 for passthrough
        int pos = 0;
        for (int i = 0; i < n; i++) {
            int h = handled.indexOf(input.field(i).name());
            handledIdx[i] = h;
            outPos[i] = pos;
            pos += h < 0 ? 1 : outputs(h).size();
        }
        if (pos != output.size()) {
            throw new IllegalStateException("output width mismatch in step " + kind());
        }
        return (in, out) -> {
            for (int i = 0; i < n; i++) {
                int h = handledIdx[i];
                if (h < 0) {
                    out.num[outPos[i]] = in.num[i];
                    out.str[outPos[i]] = in.str[i];
                } else {
                    applyRow(h, in, i, out, outPos[i]);
                }
            }
        };
    }
}
