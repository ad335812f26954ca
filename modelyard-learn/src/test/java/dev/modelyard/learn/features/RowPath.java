package dev.modelyard.learn.features;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.scoring.api.RowTransform;
import dev.modelyard.scoring.api.Transformer;

/** Runs a fitted step's row path on one row of a frame, for tests. */
final class RowPath {
    private RowPath() {}

    static RowBuffer apply(Transformer t, Frame data, int row) {
        RowTransform rt = t.compile(data.schema());
        RowBuffer in = new RowBuffer(data.schema());
        RowBuffer out = new RowBuffer(t.outputSchema(data.schema()));
        data.rowInto(row, in);
        rt.apply(in, out);
        return out;
    }
}
