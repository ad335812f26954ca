package dev.modelyard.evaluate.leakage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.json.Json;
import org.junit.jupiter.api.Test;

class LeakageFindingTest {
    @Test
    void writesJson() throws Exception {
        LeakageFinding f = new LeakageFinding("target_proxy", "x", "feature 'x' alone reaches AUC 0.995 on the target: likely leakage",
                0.995, Severity.CRITICAL);
        var node = Json.read(Json.write(f.toJson()));
        assertThat(node.get("kind").asText()).isEqualTo("target_proxy");
        assertThat(node.get("column").asText()).isEqualTo("x");
        assertThat(node.get("score").asDouble()).isEqualTo(0.995);
        assertThat(node.get("severity").asText()).isEqualTo("critical");
        assertThat(node.get("message").asText()).contains("AUC 0.995");

        var rows = new LeakageFinding("duplicate_rows", null, "3 of 20 test rows", Double.NaN, Severity.WARNING).toJson();
        assertThat(rows.get("column").isNull()).isTrue();
        assertThat(rows.get("score").isNull()).isTrue();
    }

    @Test
    void optionsRoundTripThroughJackson() throws Exception {
        LeakageOptions o = LeakageOptions.defaults().withTimeColumn("when").withSeed(7);
        assertThat(Json.mapper().readValue(Json.write(o), LeakageOptions.class)).isEqualTo(o);
        assertThat(LeakageOptions.defaults()).isEqualTo(new LeakageOptions(null, 0.98, 0.95, 42));
        assertThatThrownBy(() -> new LeakageOptions(null, 0.3, 0.95, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
