package dev.modelyard.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordNodesTest {
    enum Mode { FAST, EXACT }

    record Inner(String name, double weight) {}

    record Params(int rounds, long seed, double rate, float ratio, boolean early, String label, Mode mode,
                  List<Integer> sizes, Inner inner, String missing, Map<String, Integer> extra) {}

    private record Hidden(int a, String b) {}

    @Test
    void readsRecordsThatAreNotPublic() {
        assertThat(RecordNodes.of(new Hidden(3, "z"))).isEqualTo(Json.mapper().valueToTree(new Hidden(3, "z")));
    }

    @Test
    void matchesTheMappersTreeIncludingOrderAndNumberTypes() {
        Params p = new Params(300, 1L << 40, 0.1, 0.5f, true, "gbdt", Mode.EXACT, List.of(1, 2, 3), new Inner("x", 2.0), null,
                Map.of("a", 1));
        JsonNode mine = RecordNodes.of(p);
        JsonNode jackson = Json.mapper().valueToTree(p);
        assertThat(mine).isEqualTo(jackson);
        assertThat(Json.write(mine)).isEqualTo(Json.write(jackson));
        assertThat(mine.get("rounds").isInt()).isTrue();
        assertThat(mine.get("seed").isLong()).isTrue();
        assertThat(mine.get("rate").isDouble()).isTrue();
    }
}
