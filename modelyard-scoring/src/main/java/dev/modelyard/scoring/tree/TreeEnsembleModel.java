package dev.modelyard.scoring.tree;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.core.json.RecordNodes;
import dev.modelyard.scoring.api.RowPredictor;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.step.AbstractModel;
import dev.modelyard.scoring.step.Softmax;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted tree ensemble (gradient boosting or random forest) that scores with its own flattened
 * trees and never calls XGBoost: prediction is pure Java, allocation-free and reproduces XGBoost's
 * output (see {@link FlatTrees}). The XGBoost model JSON it was built from is kept for provenance and
 * re-use, not for scoring.
 */
public final class TreeEnsembleModel extends AbstractModel implements TreeModel {
    /** Bundle kind of a gradient-boosted ensemble. */
    public static final String GBDT_KIND = "gbdt";
    /** Bundle kind of a random forest. */
    public static final String RF_KIND = "rf";
    private final String kind;
    private final ObjectNode learnerParams;
    private final FlatTrees trees;
    private final TreeWalker walker;
    private final double[] baseMargin;
    private final int bestIteration;
    private final double[] validationCurve;
    private final String metric;
    private final XgbSource xgboost;
    private final boolean binary;
    private final boolean multiclass;

    private TreeEnsembleModel(String kind, ObjectNode learnerParams, Task task, List<String> classes, List<String> features,
                              FlatTrees trees, double[] baseMargin, int bestIteration, double[] validationCurve,
                              String metric, XgbSource xgboost) {
        super(task, classes, features);
        this.kind = kind;
        this.learnerParams = learnerParams;
        this.trees = trees;
        this.walker = TreeWalker.of(trees);
        this.baseMargin = baseMargin;
        this.bestIteration = bestIteration;
        this.validationCurve = validationCurve;
        this.metric = metric;
        this.xgboost = xgboost;
        this.binary = task == Task.BINARY;
        this.multiclass = task == Task.MULTICLASS;
    }

    /**
     * Builds the model from an XGBoost model in its JSON or UBJSON format (what {@code Booster.toByteArray}
     * gives), keeping only the rounds up to {@code bestIteration}.
     * {@code curve} is the validation metric per round (may be empty) under the name {@code metric}.
     */
    public static TreeEnsembleModel fromXgboost(String kind, Record params, Task task, List<String> classes, List<String> features,
                                                byte[] xgboostModel, int bestIteration, double[] curve, String metric) {
        XgbModelJson xgb = XgbModelJson.parse(xgboostModel);
        int keep = bestIteration + 1;
        int groups = groups(task, classes.size());
        FlatTrees trees = xgb.flatten(keep);
        double[] base = xgb.baseMargin(task, groups);
        int keptTrees = keep == xgb.rounds() ? trees.treeCount() : xgb.treesBefore(keep);
        XgbSource source = new XgbSource(xgboostModel.clone(), xgb.rounds(), keep, keptTrees);
        // No Json mapper on the fit path: building it cold costs more than the rest of this method (RecordNodes).
        ObjectNode p = RecordNodes.of(params);
        StepState where = new StepState(kind, JsonNodeFactory.instance.objectNode());
        trees.validate(features.size(), groups, where);
        return new TreeEnsembleModel(kind, p, task, classes, features, trees, base, bestIteration, curve, metric, source);
    }

    /** Rebuilds a model from its saved state (kinds "gbdt" and "rf"); damaged state gives CORRUPT_BUNDLE. */
    public static TreeEnsembleModel load(StepState s) {
        TreeHeader h = TreeHeader.read(s);
        int groups = groups(h.task(), h.classes().size());
        double[] base = Json.toDoubles(s.require("base_margin"));
        if (base.length != groups) {
            throw s.corrupt("base_margin has " + base.length + " values for " + groups + " outputs");
        }
        FlatTrees trees = FlatTrees.readFrom(s).validate(h.features().size(), groups, s);
        return new TreeEnsembleModel(s.kind(), h.learnerParams(), h.task(), h.classes(), h.features(), trees, base,
                h.bestIteration(), h.curve(), h.metric(), XgbSource.whole(s.payload("xgboost.json").clone()));
    }

    @Override
    public String kind() { return kind; }

    /** Thread-safe, but takes new scratch space per call: use {@link #rowPredictor()} for many rows. */
    @Override
    public void predictRow(double[] x, double[] out) {
        rowPredictor().predict(x, out);
    }

    @Override
    public RowPredictor rowPredictor() {
        TreeWalker.Cursor trees = walker.cursor();
        return (x, out) -> predict(trees, x, out);
    }

    private void predict(TreeWalker.Cursor trees, double[] x, double[] out) {
        if (multiclass) {
            int k = baseMargin.length;
            System.arraycopy(baseMargin, 0, out, 0, k);
            trees.addTo(x, out);
            Softmax.inPlace(out, k);
        } else {
            // The margin accumulates in out[0] (as a float, like XGBoost), so scoring allocates nothing.
            out[0] = (float) baseMargin[0];
            trees.addTo(x, out);
            if (binary) {
                double p = 1.0 / (1.0 + Math.exp(-out[0]));
                out[0] = 1.0 - p;
                out[1] = p;
            }
        }
    }


    @Override
    public StepState save() {
        ObjectNode p = Json.object();
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        TreeHeader.write(this, learnerParams, p, payloads);
        p.set("base_margin", Json.doubles(baseMargin));
        p.put("nodes", trees.nodeCount());
        trees.writeTo(payloads);
        payloads.put("xgboost.json", xgboost.json());
        return new StepState(kind, p, payloads);
    }

    @Override
    public double[] validationCurve() { return validationCurve.clone(); }

    @Override
    public int bestIteration() { return bestIteration; }

    @Override
    public String metric() { return metric; }

    @Override
    public int treeCount() { return trees.treeCount(); }

    /** The hyperparameters the model was trained with, as JSON. */
    public ObjectNode learnerParams() { return learnerParams.deepCopy(); }

    /** The XGBoost JSON model these trees were read from, loadable by any XGBoost 2+. */
    public byte[] xgboostModelJson() { return xgboost.json(); }

    private static int groups(Task task, int classes) {
        return task == Task.MULTICLASS ? classes : 1;
    }
}
