package dev.modelyard.scoring.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Cuts an XGBoost model JSON down to its first rounds, loadable by XGBoost: in
 * {@code learner.gradient_booster.model} the {@code trees}, {@code tree_info} and
 * {@code iteration_indptr} arrays are cut short and {@code gbtree_model_param.num_trees} is rewritten.
 * Everything else is copied in one streaming pass, numbers with their original text, so no value is
 * re-rounded and no 2 MB tree of nodes is built.
 */
final class XgbJsonTrim {
    /** The objects on the way from the root to {@code gbtree_model_param}. */
    private static final String[] PATH = {"learner", "gradient_booster", "model", "gbtree_model_param"};
    private static final int MODEL = 3;
    private static final int PARAM = 4;

    private final int rounds;
    private final int trees;

    private XgbJsonTrim(int rounds, int trees) {
        this.rounds = rounds;
        this.trees = trees;
    }

    /** Compact JSON of {@code json} (valid XGBoost model JSON) keeping {@code rounds} rounds, which hold {@code trees} trees. */
    static byte[] firstRounds(byte[] json, int rounds, int trees) {
        JsonFactory f = XgbJsonReader.FACTORY;
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
        try (JsonParser p = f.createParser(json); JsonGenerator g = f.createGenerator(out)) {
            p.nextToken();
            new XgbJsonTrim(rounds, trees).object(p, g, 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write XGBoost JSON", e);
        }
        return out.toByteArray();
    }

    /** Copies the value the parser is on, an object {@code depth} steps down {@link #PATH}. */
    private void object(JsonParser p, JsonGenerator g, int depth) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            copy(p, g);
            return;
        }
        g.writeStartObject();
        boolean numTrees = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            g.writeFieldName(name);
            p.nextToken();
            if (depth == PARAM && name.equals("num_trees")) {
                // XGBoost writes its parameters as strings
                g.writeString(Integer.toString(trees));
                p.skipChildren();
                numTrees = true;
            } else if (depth == MODEL && (name.equals("trees") || name.equals("tree_info"))) {
                prefix(p, g, trees);
            } else if (depth == MODEL && name.equals("iteration_indptr")) {
                prefix(p, g, rounds + 1);
            } else if (depth < PATH.length && name.equals(PATH[depth])) {
                object(p, g, depth + 1);
            } else {
                copy(p, g);
            }
        }
        if (depth == PARAM && !numTrees) {
            g.writeStringField("num_trees", Integer.toString(trees));
        }
        g.writeEndObject();
    }

    /** Copies the first {@code n} entries of the array the parser is on (anything else whole). */
    private static void prefix(JsonParser p, JsonGenerator g, int n) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            copy(p, g);
            return;
        }
        g.writeStartArray();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            if (i < n) {
                copy(p, g);
            } else {
                p.skipChildren();
            }
        }
        g.writeEndArray();
    }

    /** Copies the value the parser is on, numbers as their text (Jackson's own copy re-formats them through double). */
    private static void copy(JsonParser p, JsonGenerator g) throws IOException {
        int depth = 0;
        do {
            JsonToken t = p.currentToken();
            if (t.isNumeric()) {
                g.writeNumber(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            } else {
                g.copyCurrentEvent(p);
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
        } while (depth > 0 && p.nextToken() != null);
    }
}
