package dev.modelyard.serving.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.model.LoadedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed fast path decodes exactly what the tree path does, and steps aside for every other shape. */
class StreamedRecordsTest {
    static LoadedModel model;

    @BeforeAll
    static void load(@TempDir Path dir) {
        model = Golden.load("mixed", "1", Golden.GBDT, dir);
    }

    @Test
    void decodesRecordsCellForCellAsTheTree() throws Exception {
        same("{\"records\": " + Golden.records(6) + "}");
        same("{\"dataframe_records\": [{\"a\": 1, \"b\": \"x\"}, {\"b\": null, \"c\": 2.5e3}], \"request_key\": 42}");
        same("{\"request_key\": \"user-7\", \"instances\": [{\"a\": true, \"a\": false, \"big\": 123456789012345678901234567890},"
                + " {\"long\": 12345678901, \"neg\": -0.0, \"u\": \"\\u00e9t\\u00e9\"}], \"other\": {\"ignored\": [1, 2]}}");
    }

    @Test
    void keysInAnyOrderAndManyColumnsDecodeAsTheTree() throws Exception {
        // records list their keys in different orders, skip some, and (past 32 columns) switch the column lookup to a map
        java.util.Random r = new java.util.Random(3);
        for (int width : new int[] {5, 31, 33, 80}) {
            StringBuilder b = new StringBuilder("{\"records\": [");
            for (int row = 0; row < 6; row++) {
                java.util.List<Integer> keys = new java.util.ArrayList<>();
                for (int c = 0; c < width; c++) {
                    if (r.nextInt(10) > 0) {
                        keys.add(c);
                    }
                }
                if (row % 2 == 1) {
                    java.util.Collections.shuffle(keys, r);
                }
                b.append(row == 0 ? "{" : ", {");
                for (int k = 0; k < keys.size(); k++) {
                    b.append(k == 0 ? "" : ", ").append("\"f").append(keys.get(k)).append("\": ").append(r.nextInt(100));
                }
                b.append('}');
            }
            same(b.append("]}").toString());
        }
    }

    @Test
    void stepsAsideForEveryOtherShape() {
        for (String body : new String[] {
                "[{\"a\": 1}]",                                        // bare list
                "{\"records\": []}",                                  // empty
                "{\"records\": [{\"a\": [1, 2]}]}",                    // nested value
                "{\"records\": [{\"a\": 1}, [1]]}",                    // not an object
                "{\"instances\": [[1, 2]]}",                           // value lists
                "{\"records\": [{\"a\": 1}], \"instances\": [{\"a\": 1}]}", // two table keys
                "{\"records\": [{\"a\": 1}], \"parameters\": {\"request_key\": \"k\"}}",
                "{\"records\": [{\"a\": 1}], \"request_key\": {\"x\": 1}}",
                "{\"columns\": {\"a\": [1]}}",
                "{\"records\": [{\"a\": 1}]} {}",                     // trailing JSON
                "{\"records\": [{\"a\": 1}",                          // malformed
                "{\"records\": [{\"a\": NaN}]}",
                "{\"request_key\": \"k\"}",
                ""}) {
            assertThat(StreamedRecords.tryDecode(body.getBytes(StandardCharsets.UTF_8))).as(body).isNull();
        }
    }

    @Test
    void typesTheGoldenRowsLikeTheTreePath() {
        String body = "{\"records\": " + Golden.records(6) + "}";
        Batch fast = RowTyper.type(StreamedRecords.tryDecode(body.getBytes(StandardCharsets.UTF_8)).table(), model, 100);
        Batch tree = RowTyper.type(JsonTables.of(read(body), model.signature()), model, 100);
        assertThat(fast.rows()).isEqualTo(tree.rows());
        assertThat(java.util.Arrays.equals(fast.num(), tree.num())).as("numeric cells (NaN = missing)").isTrue();
        assertThat(fast.str()).containsExactly(tree.str());
        assertThat(fast.ignored()).isEqualTo(tree.ignored());
        assertThat(fast.notes()).isEqualTo(tree.notes());
    }

    private static void same(String body) throws Exception {
        StreamedRecords.Decoded fast = StreamedRecords.tryDecode(body.getBytes(StandardCharsets.UTF_8));
        assertThat(fast).as(body).isNotNull();
        JsonNode root = read(body);
        InputTable tree = JsonTables.of(root, model.signature());
        assertThat(fast.table().columns()).isEqualTo(tree.columns());
        assertThat(fast.table().rows()).isEqualTo(tree.rows());
        for (int r = 0; r < tree.rows(); r++) {
            for (int c = 0; c < tree.columns().size(); c++) {
                assertThat(fast.table().value(c, r)).as(body + " row " + r + " column " + c).isEqualTo(tree.value(c, r));
            }
        }
        JsonNode key = root.get("request_key");
        assertThat(fast.requestKey()).isEqualTo(key == null || key.isNull() ? null : key.asText());
    }

    private static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
