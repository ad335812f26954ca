package dev.modelyard.scoring.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams an XGBoost model JSON once and keeps only what scoring needs, in primitive arrays. A
 * 300-tree model is about 2 MB, mostly per-node statistics (base_weights, loss_changes, sum_hessian,
 * parents) that a Jackson tree would turn into millions of objects only to drop; here they are
 * skipped unparsed. Keys may come in any order; a missing or mistyped part reads as empty, and
 * {@link XgbModelJson} reports what is wrong with it.
 */
final class XgbJsonReader {
    private boolean learner;
    private String booster = "";
    private String baseScore = "";
    private int[] treeInfo = new int[0];
    private int[] iterationIndptr = new int[0];
    private List<XgbModelJson.Tree> trees = List.of();

    /**
     * For reading and writing XGBoost JSON. A model is mostly floats: FastDoubleParser reads them several times
     * faster than the JDK, equally rounded. NaN and infinities are bare tokens, as XGBoost writes them.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    private XgbJsonReader() {}

    /** Reads {@code json}; fails with "not valid JSON" or "no 'learner' object" like a tree parse would. */
    static XgbModelJson read(byte[] json) {
        XgbJsonReader r = new XgbJsonReader();
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            object(p, r::root);
            if (p.nextToken() != null) {
                throw XgbModelJson.bad("not valid JSON: more content after the model object");
            }
        } catch (IOException e) {
            throw XgbModelJson.bad("not valid JSON: " + e.getMessage());
        }
        if (!r.learner) {
            throw XgbModelJson.bad("no 'learner' object");
        }
        return new XgbModelJson(r.booster, r.baseScore, r.treeInfo, r.iterationIndptr, r.trees);
    }

    /** Reads one value's named part. Must consume the whole value the parser is on. */
    private interface Field {
        void read(String name, JsonParser p) throws IOException;
    }

    /** Feeds each member of the object the parser is on to {@code field}; anything else is skipped. */
    private static void object(JsonParser p, Field field) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            field.read(name, p);
        }
    }

    private void root(String name, JsonParser p) throws IOException {
        if (name.equals("learner")) {
            learner = p.currentToken() == JsonToken.START_OBJECT;
            object(p, this::learner);
        } else {
            p.skipChildren();
        }
    }

    private void learner(String name, JsonParser p) throws IOException {
        switch (name) {
            case "gradient_booster" -> object(p, this::booster);
            case "learner_model_param" -> object(p, this::modelParam);
            default -> p.skipChildren();
        }
    }

    private void modelParam(String name, JsonParser p) throws IOException {
        if (name.equals("base_score")) {
            baseScore = text(p);
        } else {
            p.skipChildren();
        }
    }

    private void booster(String name, JsonParser p) throws IOException {
        switch (name) {
            case "name" -> booster = text(p);
            case "model" -> object(p, this::model);
            default -> p.skipChildren();
        }
    }

    private void model(String name, JsonParser p) throws IOException {
        switch (name) {
            case "trees" -> trees = trees(p);
            case "tree_info" -> treeInfo = ints(p);
            case "iteration_indptr" -> iterationIndptr = ints(p);
            default -> p.skipChildren();
        }
    }

    private static List<XgbModelJson.Tree> trees(JsonParser p) throws IOException {
        List<XgbModelJson.Tree> out = new ArrayList<>();
        if (!isArray(p)) {
            return out;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(tree(p, out.size()));
        }
        return out;
    }

    private static XgbModelJson.Tree tree(JsonParser p, int t) throws IOException {
        TreeFields f = new TreeFields(t);
        object(p, f::read);
        return new XgbModelJson.Tree(f.left, f.right, f.splitIndices, f.splitConditions, f.defaultLeft, f.splitType);
    }

    /** The node arrays of one tree, filled as their keys come. */
    private static final class TreeFields {
        final int t;
        int[] left = new int[0];
        int[] right = new int[0];
        int[] splitIndices = new int[0];
        float[] splitConditions = new float[0];
        int[] defaultLeft = new int[0];
        int[] splitType = new int[0];

        TreeFields(int t) {
            this.t = t;
        }

        void read(String name, JsonParser p) throws IOException {
            switch (name) {
                case "left_children" -> left = ints(p);
                case "right_children" -> right = ints(p);
                case "split_indices" -> splitIndices = ints(p);
                case "split_conditions" -> splitConditions = floats(p, t);
                case "default_left" -> defaultLeft = ints(p);
                case "split_type" -> splitType = ints(p);
                default -> p.skipChildren();
            }
        }
    }

    /** An array's entries as ints (strings and booleans read as Jackson's {@code asInt} does); a non-array is empty. */
    private static int[] ints(JsonParser p) throws IOException {
        if (!isArray(p)) {
            return new int[0];
        }
        int[] v = new int[64];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == v.length) {
                v = Arrays.copyOf(v, 2 * n);
            }
            v[n++] = p.getValueAsInt();
            p.skipChildren();
        }
        return Arrays.copyOf(v, n);
    }

    /**
     * Split thresholds and leaf values: read as doubles, then rounded to float (XGBoost writes each float
     * as the shortest text that reads back to it).
     */
    private static float[] floats(JsonParser p, int t) throws IOException {
        if (!isArray(p)) {
            return new float[0];
        }
        float[] v = new float[64];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!p.currentToken().isNumeric()) {
                throw XgbModelJson.bad("tree " + t + " has a split_conditions entry that is not a number: " + p.getText());
            }
            if (n == v.length) {
                v = Arrays.copyOf(v, 2 * n);
            }
            v[n++] = (float) p.getDoubleValue();
        }
        return Arrays.copyOf(v, n);
    }

    /** Whether the parser is on an array; anything else is skipped (and reads as an empty array). */
    private static boolean isArray(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        p.skipChildren();
        return false;
    }

    /** A scalar's text (numbers as written); null, an object or an array reads as "". */
    private static String text(JsonParser p) throws IOException {
        if (p.currentToken().isStructStart() || p.currentToken() == JsonToken.VALUE_NULL) {
            p.skipChildren();
            return "";
        }
        return p.getText();
    }
}
