package dev.modelyard.scoring.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.api.Task;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** XGBoost 3.0.4's UBJSON and JSON of the same two-tree binary model (3 features, depth 2), saved from XGBoost4J. */
class XgbUbjTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = XgbUbjTest.class.getResourceAsStream("/xgboost/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void tellsTheFormatsApart() throws IOException {
        assertThat(XgbUbj.isUbj(resource("two-trees.ubj"))).isTrue();
        assertThat(XgbUbj.isUbj(resource("two-trees.json"))).isFalse();
        assertThat(XgbUbj.isUbj("{}".getBytes())).isFalse();
        assertThat(XgbUbj.isUbj(new byte[0])).isFalse();
    }

    @Test
    void readsTheSameTreesAsTheJson() throws IOException {
        XgbModelJson ubj = XgbModelJson.parse(resource("two-trees.ubj"));
        XgbModelJson json = XgbModelJson.parse(resource("two-trees.json"));
        assertThat(ubj.rounds()).isEqualTo(2).isEqualTo(json.rounds());
        assertThat(ubj.baseMargin(Task.BINARY, 1)).containsExactly(json.baseMargin(Task.BINARY, 1));
        FlatTrees a = ubj.flatten(2);
        FlatTrees b = json.flatten(2);
        assertThat(a.treeCount()).isEqualTo(2);
        assertThat(a.nodeCount()).isEqualTo(b.nodeCount()).isEqualTo(14);
        double[] x = {0.3, -0.9, 1.2};
        double[] out1 = new double[1];
        double[] out2 = new double[1];
        TreeWalker.of(a).cursor().addTo(x, out1);
        TreeWalker.of(b).cursor().addTo(x, out2);
        assertThat(out1[0]).isEqualTo(out2[0]).isNotZero();
    }

    @Test
    void convertsToTheJsonXgboostWrites() throws IOException {
        byte[] converted = XgbUbj.toJson(resource("two-trees.ubj"));
        // Same tree of values; only the spelling of numbers may differ ("0E0" against "0.0").
        assertThat(Json.mapper().readTree(converted)).isEqualTo(Json.mapper().readTree(resource("two-trees.json")));
    }

    @Test
    void damagedBytesAreRejectedByName() throws IOException {
        byte[] ubj = resource("two-trees.ubj");
        for (int cut = 2; cut < ubj.length; cut += 7) {
            rejects(Arrays.copyOf(ubj, cut), "not valid UBJSON"); // never another kind of exception
        }
        rejects(Arrays.copyOf(ubj, ubj.length - 1), "not valid UBJSON: the data ends inside a value");
        rejects(Arrays.copyOf(ubj, ubj.length + 1), "not valid UBJSON: 1 bytes after the model object");
        byte[] marker = ubj.clone();
        marker[marker.length - 1] = '?';
        rejects(marker, "not valid UBJSON");
        // an array that claims 2^40 floats must fail before allocating them
        byte[] huge = {'{', 'i', 1, 'a', '[', '$', 'd', '#', 'L', 0, 0, 1, 0, 0, 0, 0, 0, '}'};
        rejects(huge, "longer than the data");
        byte[] deep = new byte[200];
        deep[0] = '{';
        deep[1] = 'i';
        deep[2] = 1;
        deep[3] = 'a';
        Arrays.fill(deep, 4, deep.length, (byte) '[');
        rejects(deep, "nested deeper than 64");
        rejects(new byte[] {'{', 'i', 1, 'a', 'T', '}'}, "no 'learner' object");
    }

    private static void rejects(byte[] bytes, String message) {
        assertThatThrownBy(() -> XgbModelJson.parse(bytes)).hasMessageContaining(message);
    }
}
