package dev.modelyard.scoring.features;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.ColumnStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hashed tf-idf vectors of text columns; see {@link HashedTfidf}. */
public final class FittedHashedTfidf extends ColumnStep {
    /** The step kind this class reads and writes in a bundle manifest. */
    public static final String KIND = "tfidf";
    private final List<double[]> idf;
    private final boolean signed;
    private final List<List<Field>> outputs;

    /** Hashes each text column into {@code idf[h].length} buckets weighted by the fitted inverse document frequencies. */
    public FittedHashedTfidf(List<Field> handled, List<double[]> idf, boolean signed) {
        super(Schema.of(handled));
        this.idf = idf.stream().map(double[]::clone).toList();
        this.signed = signed;
        List<List<Field>> o = new ArrayList<>();
        for (int h = 0; h < handled.size(); h++) {
            List<Field> cols = new ArrayList<>();
            for (int b = 0; b < idf.get(h).length; b++) {
                cols.add(new Field(handled.get(h).name() + "__h" + b, ColumnType.DOUBLE));
            }
            o.add(List.copyOf(cols));
        }
        this.outputs = List.copyOf(o);
    }

    @Override public String kind() { return KIND; }

    /** The fitted idf weights of handled column {@code h} (a copy). */
    public double[] idf(int h) { return idf.get(h).clone(); }

    @Override protected List<Field> outputs(int h) { return outputs.get(h); }

    @Override
    protected List<Column> transformColumn(int h, Column in) {
        double[] w = idf.get(h);
        int n = in.size();
        int k = w.length;
        double[][] cols = new double[k][n];
        double[] row = new double[k];
        for (int i = 0; i < n; i++) {
            TokenHasher.tfidf(in.getString(i), w, signed, row, 0);
            for (int b = 0; b < k; b++) {
                cols[b][i] = row[b];
            }
        }
        List<Column> out = new ArrayList<>(k);
        for (int b = 0; b < k; b++) {
            out.add(DoubleColumn.owning(outputs.get(h).get(b).name(), cols[b]));
        }
        return out;
    }

    @Override
    protected void applyRow(int h, RowBuffer in, int inIdx, RowBuffer out, int outStart) {
        // The output slots double as the count scratch, so no per-row buffer is needed.
        TokenHasher.tfidf(in.str[inIdx], idf.get(h), signed, out.num, outStart);
    }

    @Override
    public StepState save() {
        ObjectNode p = StepIO.withSchema(inputSchema());
        p.put("alternateSign", signed);
        p.put("buckets", idf.isEmpty() ? 0 : idf.get(0).length);
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        for (int h = 0; h < idf.size(); h++) {
            payloads.put("idf." + h, Payloads.doubles(idf.get(h)));
        }
        return new StepState(kind(), p, payloads);
    }

    public static FittedHashedTfidf load(StepState st) {
        Schema s = StepIO.schema(st, "columns");
        int buckets = st.require("buckets").asInt();
        boolean signed = st.require("alternateSign").asBoolean();
        List<double[]> idf = new ArrayList<>();
        for (int h = 0; h < s.size(); h++) {
            idf.add(StepIO.doubles(st, "idf." + h, buckets));
        }
        if (!s.fields().isEmpty() && buckets < 1) {
            throw st.corrupt("buckets must be >= 1");
        }
        return new FittedHashedTfidf(s.fields(), idf, signed);
    }
}
