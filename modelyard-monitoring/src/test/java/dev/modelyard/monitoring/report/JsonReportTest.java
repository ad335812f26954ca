package dev.modelyard.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.result.FeatureDrift;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.result.WindowResult;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    @Test
    void writesTheFindingsScriptsNeed() {
        MonitoringReport r = SampleResults.report();
        ObjectNode j = JsonReport.toJson(r);
        assertThat(j.get("model").asText()).isEqualTo(r.model());
        assertThat(j.get("referenceRows").asLong()).isEqualTo(r.referenceRows());
        assertThat(j.get("windows")).hasSize(3);
        JsonNode w3 = j.get("windows").get(2);
        WindowResult r3 = r.windows().get(2);
        assertThat(w3.get("window").asText()).isEqualTo("2012-03");
        assertThat(w3.get("start").asText()).isEqualTo(r3.start().toString());
        JsonNode sex = w3.get("drift").get("features").get(2);
        FeatureDrift rSex = r3.drift().features().get(2);
        assertThat(sex.get("feature").asText()).isEqualTo("sex");
        assertThat(sex.get("test").asText()).isEqualTo("chi2");
        assertThat(sex.get("score").asDouble()).isEqualTo(rSex.score());
        assertThat(sex.get("threshold").asDouble()).isEqualTo(rSex.threshold());
        assertThat(sex.get("drifted").asBoolean()).isTrue();
        assertThat(sex.get("psi").asDouble()).isEqualTo(rSex.psi());
        assertThat(w3.get("domain")).isNull();
        assertThat(w3.get("drift").get("domain").get("topFeatures").get(0).get("feature").asText()).isEqualTo("sex");
        assertThat(w3.get("performance").get("realised").asDouble()).isEqualTo(r3.performance().realised());
        assertThat(w3.get("alerts").get(0).get("rule").asText()).isEqualTo("psi_critical");
    }

    @Test
    void notComputedNumbersAreNullAndTheDocumentIsValidJson() throws Exception {
        ObjectNode j = JsonReport.toJson(SampleResults.report());
        JsonNode scriptFeature = j.get("windows").get(2).get("drift").get("features").get(1);
        assertThat(scriptFeature.get("psi").isNull()).isTrue();
        assertThat(scriptFeature.get("scores").get("missing_rate_current").isNull()).isTrue();
        assertThat(j.get("windows").get(0).get("performance").get("realised").isNull()).isTrue();
        String text = Json.write(j);
        assertThat(text).doesNotContain("NaN");
        assertThat(Json.write(Json.read(text))).isEqualTo(text);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        MonitoringReport r = SampleResults.report();
        MonitoringReport back = JsonReport.fromJson(Json.read(Json.write(JsonReport.toJson(r))), "report.json");
        assertThat(back.model()).isEqualTo(r.model());
        assertThat(back.created()).isEqualTo(r.created());
        assertThat(back.skippedLines()).isEqualTo(r.skippedLines());
        for (int i = 0; i < r.windows().size(); i++) {
            WindowResult a = r.windows().get(i);
            WindowResult b = back.windows().get(i);
            assertThat(b.window()).isEqualTo(a.window());
            assertThat(b.end()).isEqualTo(a.end());
            assertThat(b.performance()).isEqualTo(a.performance());
            assertThat(b.alerts()).isEqualTo(a.alerts());
            assertThat(b.drift().domain()).isEqualTo(a.drift().domain());
            assertThat(b.drift().driftShare()).isEqualTo(a.drift().driftShare());
            for (int k = 0; k < a.drift().features().size(); k++) {
                FeatureDrift fa = a.drift().features().get(k);
                FeatureDrift fb = b.drift().features().get(k);
                assertThat(fb.scores()).isEqualTo(fa.scores());
                assertThat(Double.compare(fb.psi(), fa.psi())).as(fa.feature()).isZero();
                assertThat(fb.distribution().labels()).isEqualTo(fa.distribution().labels());
                assertThat(Arrays.equals(fb.distribution().current(), fa.distribution().current())).as(fa.feature()).isTrue();
            }
        }
        assertThatThrownBy(() -> JsonReport.fromJson(Json.read("{\"model\": \"m\"}"), "bad.json"))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("bad.json").hasMessageContaining("windows");
    }
}
