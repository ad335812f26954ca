package dev.modelyard.scoring.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.AbstractModel;
import dev.modelyard.scoring.step.Softmax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted generalised linear model in the original feature scale: scoring is a dot product per output
 * (one weight row for regression and binary, one per class for multiclass), followed by the identity,
 * the logistic function or a max-subtracted softmax. A missing feature (NaN) takes its training mean,
 * exactly as the fit treated it.
 */
public final class LinearModel extends AbstractModel {
    /** Kind name in bundles. */
    public static final String KIND = "linear";

    private final LinearParams params;
    private final int width;
    private final int outputs;
    private final double[] weights;
    private final double[] intercepts;
    private final double[] fill;
    private final int iterations;
    private final boolean converged;

    /** A fitted linear model; called by the learner, or to import coefficients. */
    public LinearModel(Task task, List<String> classes, List<String> features, LinearParams params,
                double[] weights, double[] intercepts, double[] fill, int iterations, boolean converged) {
        super(task, classes, features);
        this.params = params;
        this.width = features.size();
        this.outputs = rowsFor(task, classes.size());
        this.weights = weights;
        this.intercepts = intercepts;
        this.fill = fill;
        this.iterations = iterations;
        this.converged = converged;
    }

    @Override
    public String kind() { return KIND; }

    @Override
    public void predictRow(double[] x, double[] out) {
        switch (task()) {
            case REGRESSION -> out[0] = score(0, x);
            case BINARY -> {
                double s = score(0, x);
                double p;
                if (s >= 0) {
                    p = 1 / (1 + Math.exp(-s));
                } else {
                    double e = Math.exp(s);
                    p = e / (1 + e);
                }
                out[0] = 1 - p;
                out[1] = p;
            }
            case MULTICLASS -> {
                for (int k = 0; k < outputs; k++) {
                    out[k] = score(k, x);
                }
                Softmax.inPlace(out, outputs);
            }
        }
    }

    private double score(int k, double[] x) {
        double s = intercepts[k];
        int off = k * width;
        for (int j = 0; j < width; j++) {
            double v = x[j];
            s += weights[off + j] * (v != v ? fill[j] : v);
        }
        return s;
    }

    /** Weights in the original feature scale: one row per class for multiclass, a single row otherwise. A copy. */
    public double[][] coefficients() {
        double[][] c = new double[outputs][];
        for (int k = 0; k < outputs; k++) {
            c[k] = java.util.Arrays.copyOfRange(weights, k * width, (k + 1) * width);
        }
        return c;
    }

    /** Intercepts, one per row of {@link #coefficients()}. A copy. */
    public double[] intercepts() { return intercepts.clone(); }

    /** The value each feature takes when missing (its training mean, or 0 without an intercept). A copy. */
    public double[] missingValues() { return fill.clone(); }

    public LinearParams params() { return params; }

    /** Coordinate-descent passes the fit used. */
    public int iterations() { return iterations; }

    /** Whether the fit met its tolerance within {@link LinearParams#maxIterations()}. */
    public boolean converged() { return converged; }

    @Override
    public StepState save() {
        ObjectNode p = Json.object();
        p.put("task", task().label());
        ArrayNode cls = p.putArray("classes");
        classes().forEach(cls::add);
        ArrayNode feats = p.putArray("features");
        featureNames().forEach(feats::add);
        p.set("params", Json.mapper().valueToTree(params));
        p.put("iterations", iterations);
        p.put("converged", converged);
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        payloads.put("weights", Payloads.doubles(weights));
        payloads.put("intercepts", Payloads.doubles(intercepts));
        payloads.put("fill", Payloads.doubles(fill));
        return new StepState(KIND, p, payloads);
    }

    /** Rebuilds a model from {@link #save()}'s state; malformed state is a CORRUPT_BUNDLE error. */
    public static LinearModel load(StepState s) {
        Task task;
        try {
            task = Task.parse(s.require("task").asText());
        } catch (ModelyardException e) {
            throw s.corrupt(e.getMessage());
        }
        List<String> classes = strings(s, "classes");
        List<String> features = strings(s, "features");
        LinearParams params;
        try {
            params = Json.mapper().treeToValue(s.require("params"), LinearParams.class);
        } catch (Exception e) {
            throw s.corrupt("bad 'params': " + e.getMessage());
        }
        JsonNode it = s.require("iterations");
        JsonNode conv = s.require("converged");
        if (!it.canConvertToInt() || !conv.isBoolean()) {
            throw s.corrupt("'iterations' must be an integer and 'converged' a boolean");
        }
        boolean classification = task.isClassification();
        if (classification ? classes.size() < 2 || (task == Task.BINARY && classes.size() != 2) : !classes.isEmpty()) {
            throw s.corrupt(classes.size() + " classes do not fit task " + task.label());
        }
        int rows = rowsFor(task, classes.size());
        int p = features.size();
        double[] weights = finite(s, "weights", rows * p);
        double[] intercepts = finite(s, "intercepts", rows);
        double[] fill = finite(s, "fill", p);
        return new LinearModel(task, classes, features, params, weights, intercepts, fill, it.asInt(), conv.asBoolean());
    }

    private static int rowsFor(Task task, int classes) {
        return task == Task.MULTICLASS ? classes : 1;
    }

    private static List<String> strings(StepState s, String field) {
        JsonNode n = s.require(field);
        if (!n.isArray()) {
            throw s.corrupt("'" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>(n.size());
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw s.corrupt("'" + field + "' must be an array of strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    private static double[] finite(StepState s, String name, int expected) {
        double[] v = Payloads.toDoubles(s.payload(name));
        if (v.length != expected) {
            throw s.corrupt("payload '" + name + "' holds " + v.length + " values, expected " + expected);
        }
        for (double d : v) {
            if (!Double.isFinite(d)) {
                throw s.corrupt("payload '" + name + "' holds a non-finite value");
            }
        }
        return v;
    }
}
