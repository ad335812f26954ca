package dev.modelyard.serving.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.predict.Scoring;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every accepted request shape decodes the same golden rows and scores them exactly as the bundle's expectations. */
class RequestFormatsTest {
    static final int ROWS = 6;
    static LoadedModel model;

    @BeforeAll
    static void load(@TempDir Path dir) {
        model = Golden.load("mixed", "1", Golden.GBDT, dir);
    }

    @Test
    void records() throws Exception {
        ObjectNode body = Json.object();
        body.set("records", Golden.records(ROWS));
        assertGolden(JsonTables.of(body, model.signature()));
    }

    @Test
    void bareListOfRecordsAndDataframeRecords() {
        assertGolden(JsonTables.of(Golden.records(ROWS), model.signature()));
        ObjectNode body = Json.object();
        body.set("dataframe_records", Golden.records(ROWS));
        assertGolden(JsonTables.of(body, model.signature()));
    }

    @Test
    void columns() {
        ObjectNode body = Json.object();
        body.set("columns", columnsOf(Golden.records(ROWS)));
        assertGolden(JsonTables.of(body, model.signature()));
    }

    @Test
    void mlflowInputsAsColumnsOrRecords() {
        ObjectNode body = Json.object();
        body.set("inputs", columnsOf(Golden.records(ROWS)));
        assertGolden(JsonTables.of(body, model.signature()));
        body.set("inputs", Golden.records(ROWS));
        assertGolden(JsonTables.of(body, model.signature()));
    }

    @Test
    void dataframeSplit() {
        ObjectNode body = Json.object();
        ObjectNode split = body.putObject("dataframe_split");
        ArrayNode cols = split.putArray("columns");
        Golden.inputs().reversed().forEach(cols::add); // any column order
        split.set("data", lists(Golden.records(ROWS), Golden.inputs().reversed()));
        assertGolden(JsonTables.of(body, model.signature()));
    }

    @Test
    void mlflowOnePandasSplitWithoutWrapper() {
        ObjectNode body = Json.object();
        ArrayNode cols = body.putArray("columns");
        Golden.inputs().forEach(cols::add);
        body.set("data", lists(Golden.records(ROWS), Golden.inputs()));
        assertGolden(JsonTables.of(body, model.signature()));
    }

    @Test
    void instancesAsObjectsOrListsInSignatureOrder() {
        ObjectNode body = Json.object();
        body.set("instances", Golden.records(ROWS));
        assertGolden(JsonTables.of(body, model.signature()));
        body.set("instances", lists(Golden.records(ROWS), Golden.inputs()));
        assertGolden(JsonTables.of(body, model.signature()));
    }

    @Test
    void csvWithHeader() {
        assertGolden(CsvTable.parse(Golden.inputCsv(ROWS)));
        assertGolden(CsvTable.parse(Golden.inputCsv(ROWS).replace("\n", "\r\n")));
    }

    @Test
    void oipOneTensorPerFeature() {
        ObjectNode body = Json.object();
        ArrayNode inputs = body.putArray("inputs");
        ObjectNode cols = columnsOf(Golden.records(ROWS));
        for (String name : Golden.inputs()) {
            ObjectNode t = inputs.addObject();
            t.put("name", name);
            boolean column2d = name.equals("x2");
            ArrayNode shape = t.putArray("shape").add(ROWS);
            if (column2d) {
                shape.add(1);
            }
            t.put("datatype", switch (name) {
                case "x1", "x2" -> "FP64";
                case "n", "when" -> "INT64";
                default -> "BYTES";
            });
            ArrayNode data = t.putArray("data");
            cols.get(name).forEach(v -> data.add(column2d ? Json.array().add(v) : v));
        }
        assertGolden(TensorTable.of(body, model.signature().schema()));
    }

    @Test
    void oipOneMatrixOfAllFeaturesAsBytes() {
        ObjectNode body = Json.object();
        ObjectNode t = body.putArray("inputs").addObject();
        t.put("name", "features");
        t.putArray("shape").add(ROWS).add(7);
        t.put("datatype", "BYTES");
        ArrayNode data = t.putArray("data");
        for (JsonNode row : lists(Golden.records(ROWS), Golden.inputs())) {
            row.forEach(v -> data.add(v.isNull() ? v : Json.mapper().getNodeFactory().textNode(v.asText())));
        }
        assertGolden(TensorTable.of(body, model.signature().schema()));
    }

    private static void assertGolden(InputTable table) {
        Batch batch = RowTyper.type(table, model, 100);
        assertThat(batch.rows()).isEqualTo(ROWS);
        assertThat(batch.ignored()).isEmpty();
        double[] out = Scoring.score(model, batch);
        for (int i = 0; i < ROWS; i++) {
            assertThat(out[i * 2 + 1]).as("P(yes) of row %d", i).isCloseTo(Golden.expectedYes("gbdt", i), within(1e-9));
        }
    }

    static ObjectNode columnsOf(ArrayNode records) {
        ObjectNode cols = Json.object();
        for (JsonNode r : records) {
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                var e = it.next();
                (cols.has(e.getKey()) ? (ArrayNode) cols.get(e.getKey()) : cols.putArray(e.getKey())).add(e.getValue());
            }
        }
        return cols;
    }

    static ArrayNode lists(ArrayNode records, java.util.List<String> order) {
        ArrayNode out = Json.array();
        for (JsonNode r : records) {
            ArrayNode row = out.addArray();
            order.forEach(n -> row.add(r.get(n)));
        }
        return out;
    }
}
