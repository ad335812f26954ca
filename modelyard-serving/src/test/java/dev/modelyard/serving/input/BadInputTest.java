package dev.modelyard.serving.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.predict.Scoring;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input of issue 4 is an InputError naming the field (and row), or is scored with a note. */
class BadInputTest {
    static LoadedModel model;

    @BeforeAll
    static void load(@TempDir Path dir) {
        model = Golden.load("mixed", "1", Golden.GBDT, dir);
    }

    private static ObjectNode records(ArrayNode rows) {
        ObjectNode b = Json.object();
        b.set("records", rows);
        return b;
    }

    private static Batch type(JsonNode body) {
        return RowTyper.type(JsonTables.of(body, model.signature()), model, 100);
    }

    @Test
    void missingFeatureIsNamed() {
        ArrayNode rows = Golden.records(2);
        ((ObjectNode) rows.get(0)).remove("city");
        ((ObjectNode) rows.get(1)).remove("city");
        InputError e = catchThrowableOfType(InputError.class, () -> type(records(rows)));
        assertThat(e.field()).isEqualTo("city");
        assertThat(e.getMessage()).contains("missing required feature 'city'").contains("categorical");
    }

    @Test
    void missingFeatureInOneRecordNamesTheRow() {
        ArrayNode rows = Golden.records(3);
        ((ObjectNode) rows.get(2)).remove("x1");
        InputError e = catchThrowableOfType(InputError.class, () -> type(records(rows)));
        assertThat(e.field()).isEqualTo("x1");
        assertThat(e.row()).isEqualTo(2);
    }

    @Test
    void wrongTypeNamesFieldAndRow() {
        ArrayNode rows = Golden.records(3);
        ((ObjectNode) rows.get(1)).put("x1", "abc");
        InputError e = catchThrowableOfType(InputError.class, () -> type(records(rows)));
        assertThat(e.field()).isEqualTo("x1");
        assertThat(e.row()).isEqualTo(1);
        assertThat(e.getMessage()).contains("expected a number").contains("\"abc\"");
        ((ObjectNode) rows.get(1)).put("x1", 1.0);
        ((ObjectNode) rows.get(1)).putObject("color");
        assertThat(catchThrowableOfType(InputError.class, () -> type(records(rows))).field()).isEqualTo("color");
        ((ObjectNode) rows.get(1)).put("color", "red");
        ((ObjectNode) rows.get(1)).put("when", "yesterday");
        assertThat(catchThrowableOfType(InputError.class, () -> type(records(rows))).getMessage()).contains("not a timestamp");
    }

    @Test
    void extraFeaturesAreIgnoredAndListed() {
        ArrayNode rows = Golden.records(2);
        ((ObjectNode) rows.get(0)).put("customer_id", 17);
        Batch b = type(records(rows));
        assertThat(b.ignored()).containsExactly("customer_id");
        double[] out = Scoring.score(model, b);
        assertThat(out[1]).isEqualTo(Scoring.score(model, type(records(Golden.records(2))))[1]);
    }

    @Test
    void nullIsAMissingValueImputedAsInTraining() {
        ArrayNode rows = Golden.records(1);
        ((ObjectNode) rows.get(0)).putNull("x1");
        ((ObjectNode) rows.get(0)).putNull("color");
        Batch b = type(records(rows));
        assertThat(b.cell(0, 0)).isNull();
        assertThat(b.cell(0, 3)).isNull();
        assertThat(Scoring.score(model, b)[1]).isBetween(0.0, 1.0);
    }

    @Test
    void nanAndInfinityAreRejected() {
        // JSON has no NaN: Jackson's ALLOW_NON_NUMERIC_NUMBERS stays off, so a bare NaN is malformed JSON.
        assertThatThrownBy(() -> Json.read("{\"records\":[{\"x1\": NaN}]}")).isInstanceOf(JsonParseException.class);
        for (String bad : new String[] {"NaN", "Infinity", "-Infinity"}) {
            ArrayNode rows = Golden.records(1);
            ((ObjectNode) rows.get(0)).put("x1", bad);
            InputError e = catchThrowableOfType(InputError.class, () -> type(records(rows)));
            assertThat(e.field()).as(bad).isEqualTo("x1");
        }
        ArrayNode rows = Golden.records(1);
        ((ObjectNode) rows.get(0)).put("x2", Double.POSITIVE_INFINITY); // what 1e400 parses to
        InputError e = catchThrowableOfType(InputError.class, () -> type(records(rows)));
        assertThat(e.field()).isEqualTo("x2");
        assertThat(e.getMessage()).contains("not a finite number");
    }

    @Test
    void hugeNumberLiteralIsRejected() throws Exception {
        JsonNode body = Json.read("{\"records\":[" + Golden.records(1).get(0).toString().replace("\"x1\":", "\"x1\":1e400,\"old\":") + "]}");
        InputError e = catchThrowableOfType(InputError.class, () -> type(body));
        assertThat(e.field()).isEqualTo("x1");
    }

    @Test
    void unseenCategoryIsScoredWithANote() {
        ArrayNode rows = Golden.records(1);
        ((ObjectNode) rows.get(0)).put("color", "purple");
        Batch b = type(records(rows));
        assertThat(b.notes()).singleElement().asString().contains("color").contains("purple").contains("not seen in training");
        assertThat(Scoring.score(model, b)[1]).isBetween(0.0, 1.0);
    }

    @Test
    void emptyBatchIsRejected() {
        assertThat(catchThrowableOfType(InputError.class, () -> type(records(Json.array()))).getMessage()).contains("empty batch");
        ObjectNode cols = Json.object();
        cols.putObject("columns").putArray("x1");
        assertThat(catchThrowableOfType(InputError.class, () -> type(cols)).getMessage()).contains("empty batch");
    }

    @Test
    void tooManyRowsIsRejected() {
        InputError e = catchThrowableOfType(InputError.class,
                () -> RowTyper.type(JsonTables.of(records(Golden.records(5)), model.signature()), model, 4));
        assertThat(e.getMessage()).contains("too many rows").contains("5").contains("4");
    }

    @Test
    void unknownBodyShapesAreExplained() throws Exception {
        assertThat(catchThrowableOfType(InputError.class, () -> type(Json.read("{\"rows\": []}"))).getMessage())
                .contains("records").contains("dataframe_split");
        assertThat(catchThrowableOfType(InputError.class, () -> type(Json.read("{\"records\": {}}"))).field()).isEqualTo("records");
        assertThat(catchThrowableOfType(InputError.class, () -> type(Json.read("{\"columns\": {\"x1\": [1], \"x2\": [1, 2]}}")))
                .field()).isEqualTo("x2");
        assertThat(catchThrowableOfType(InputError.class, () -> type(Json.read("{\"instances\": [[1, 2]]}"))).getMessage())
                .contains("7 columns");
        assertThat(catchThrowableOfType(InputError.class, () -> type(Json.read("42"))).getMessage()).contains("JSON object");
    }

    @Test
    void csvRowsMustMatchTheHeader() {
        InputError e = catchThrowableOfType(InputError.class, () -> CsvTable.parse("x1,x2\n1,2\n3\n"));
        assertThat(e.getMessage()).contains("line 3").contains("1 cells");
    }

    @Test
    void oipWrongShapeOrDatatypeNamesTheTensor() throws Exception {
        String ok = "{\"name\":\"x1\",\"shape\":[2],\"datatype\":\"FP64\",\"data\":[1.0,2.0]}";
        assertTensorError("{\"name\":\"x1\",\"shape\":[3],\"datatype\":\"FP64\",\"data\":[1.0,2.0]}", "x1", "needs 3 values");
        assertTensorError("{\"name\":\"x1\",\"shape\":[2,2],\"datatype\":\"FP64\",\"data\":[1,2,3,4]}", "x1", "not one feature column");
        assertTensorError("{\"name\":\"color\",\"shape\":[2],\"datatype\":\"FP32\",\"data\":[1,2]}", "color", "datatype FP32");
        assertTensorError("{\"name\":\"x1\",\"shape\":[2],\"datatype\":\"INT64\",\"data\":[1.5,2]}", "x1", "not INT64");
        assertTensorError("{\"name\":\"x1\",\"shape\":[2],\"datatype\":\"FP128\",\"data\":[1,2]}", "x1", "unknown datatype");
        assertTensorError(ok + ",{\"name\":\"x2\",\"shape\":[3],\"datatype\":\"FP64\",\"data\":[1,2,3]}", "x2", "3 rows");
        assertTensorError("{\"name\":\"all\",\"shape\":[1,3],\"datatype\":\"FP64\",\"data\":[1,2,3]}", "all", "7 features");
        assertTensorError("{\"name\":\"all\",\"shape\":[1,7],\"datatype\":\"FP64\",\"data\":[1,2,3,4,5,6,7]}", "all", "cannot carry");
        // a valid tensor, but the model needs more features than were sent
        InputError e = catchThrowableOfType(InputError.class, () -> RowTyper.type(
                TensorTable.of(Json.read("{\"inputs\":[" + ok + "]}"), model.signature().schema()), model, 10));
        assertThat(e.getMessage()).contains("missing required input tensor");
    }

    private static void assertTensorError(String tensors, String name, String text) throws Exception {
        JsonNode body = Json.read("{\"inputs\":[" + tensors + "]}");
        InputError e = catchThrowableOfType(InputError.class, () -> TensorTable.of(body, model.signature().schema()));
        assertThat(e).as(tensors).isNotNull();
        assertThat(e.field()).isEqualTo(name);
        assertThat(e.getMessage()).contains("tensor '" + name + "'").contains(text);
    }
}
