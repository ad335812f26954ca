package dev.modelyard.scoring.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.core.json.RecordNodes;
import dev.modelyard.scoring.api.RowPredictor;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.AbstractModel;
import dev.modelyard.scoring.step.Softmax;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A fitted LightGBM ensemble, scored in pure Java from its flattened trees ({@link LgbmTrees}) with
 * LightGBM's own arithmetic, so answers match LightGBM's predict; the native library is never called.
 * The bundle keeps LightGBM's text model (loadable by any LightGBM) and rebuilds the trees from it.
 */
public final class LightGbmModel extends AbstractModel implements TreeModel {
    /** Bundle kind of a LightGBM ensemble. */
    public static final String KIND = "lgbm";
    private final ObjectNode learnerParams;
    private final String text;
    private final LgbmModelText model;
    private final Supplier<LgbmTrees.Cursor> cursors;
    private final int bestIteration;
    private final double[] validationCurve;
    private final String metric;

    private LightGbmModel(ObjectNode learnerParams, Task task, List<String> classes, List<String> features, String text,
                          LgbmModelText model, int bestIteration, double[] validationCurve, String metric) {
        super(task, classes, features);
        this.learnerParams = learnerParams;
        this.text = text;
        this.model = model;
        this.cursors = model.trees().fastest();
        this.bestIteration = bestIteration;
        this.validationCurve = validationCurve;
        this.metric = metric;
    }

    /**
     * Builds the model from LightGBM's text format (already cut at the best iteration); {@code curve} is
     * the validation metric per round under the name {@code metric}.
     */
    public static LightGbmModel fromText(Record params, Task task, List<String> classes, List<String> features, String modelText,
                                         int bestIteration, double[] curve, String metric) {
        LgbmModelText m = check(LgbmModelText.parse(modelText, ErrorCode.INTERNAL), task, classes, features, ErrorCode.INTERNAL);
        return new LightGbmModel(RecordNodes.of(params), task, classes, features, modelText, m, bestIteration, curve.clone(), metric);
    }

    /** Rebuilds a model from its saved state; damaged state gives CORRUPT_BUNDLE. */
    public static LightGbmModel load(StepState s) {
        TreeHeader h = TreeHeader.read(s);
        String text = new String(s.payload("lightgbm.txt"), StandardCharsets.UTF_8);
        LgbmModelText m;
        try {
            m = check(LgbmModelText.parse(text, ErrorCode.CORRUPT_BUNDLE), h.task(), h.classes(), h.features(), ErrorCode.CORRUPT_BUNDLE);
        } catch (ModelyardException e) {
            throw s.corrupt(e.getMessage());
        }
        return new LightGbmModel(h.learnerParams(), h.task(), h.classes(), h.features(), text, m, h.bestIteration(), h.curve(), h.metric());
    }

    private static LgbmModelText check(LgbmModelText m, Task task, List<String> classes, List<String> features, ErrorCode code) {
        String problem = null;
        if (m.features() != features.size()) {
            problem = "the trees read " + m.features() + " features, the model has " + features.size();
        } else if (task == Task.BINARY && (classes.size() != 2 || m.link() != LgbmModelText.Link.SIGMOID)) {
            problem = "a binary model needs 2 classes and a sigmoid output, not " + classes.size() + " and " + m.link();
        } else if (task == Task.MULTICLASS && (m.outputs() != classes.size() || m.link() != LgbmModelText.Link.SOFTMAX)) {
            problem = "a multiclass model of " + classes.size() + " classes has " + m.outputs() + " outputs (" + m.link() + ")";
        } else if (task == Task.REGRESSION && (m.outputs() != 1 || m.link() == LgbmModelText.Link.SIGMOID || m.link() == LgbmModelText.Link.SOFTMAX)) {
            problem = "a regression model cannot have a " + m.link() + " output";
        }
        if (problem != null) {
            throw new ModelyardException(code, "LightGBM model: " + problem);
        }
        return m;
    }

    @Override
    public String kind() { return KIND; }

    /** Thread-safe, but takes new scratch space per call: use {@link #rowPredictor()} for many rows. */
    @Override
    public void predictRow(double[] x, double[] out) {
        rowPredictor().predict(x, out);
    }

    @Override
    public RowPredictor rowPredictor() {
        LgbmTrees.Cursor trees = cursors.get();
        return (x, out) -> predict(trees, x, out);
    }

    private void predict(LgbmTrees.Cursor trees, double[] x, double[] out) {
        int k = model.outputs();
        for (int c = 0; c < k; c++) {
            out[c] = 0.0;
        }
        trees.addTo(x, out);
        if (model.averageOutput()) {
            int it = model.iterations();
            for (int c = 0; c < k; c++) {
                out[c] /= it;
            }
        }
        switch (model.link()) {
            case SIGMOID -> {
                double p = 1.0 / (1.0 + Math.exp(-model.sigmoid() * out[0]));
                out[0] = 1.0 - p;
                out[1] = p;
            }
            case SOFTMAX -> Softmax.inPlace(out, k);
            case EXP -> out[0] = Math.exp(out[0]);
            case SQUARE -> out[0] = Math.signum(out[0]) * out[0] * out[0];
            case IDENTITY -> { }
        }
    }

    @Override
    public StepState save() {
        ObjectNode p = Json.object();
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        TreeHeader.write(this, learnerParams, p, payloads);
        payloads.put("lightgbm.txt", text.getBytes(StandardCharsets.UTF_8));
        return new StepState(KIND, p, payloads);
    }

    @Override
    public double[] validationCurve() { return validationCurve.clone(); }

    @Override
    public int bestIteration() { return bestIteration; }

    @Override
    public String metric() { return metric; }

    @Override
    public int treeCount() { return model.trees().treeCount(); }

    /** The hyperparameters the model was trained with, as JSON. */
    public ObjectNode learnerParams() { return learnerParams.deepCopy(); }

    /** LightGBM's text model these trees were read from. */
    public String lightgbmModelText() { return text; }
}
