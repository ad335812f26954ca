package dev.modelyard.monitoring.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.monitoring.alert.AlertRule.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertConfigTest {
    @TempDir Path dir;

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("alerts.json"), json.replace('\'', '"'));
    }

    @Test
    void readsRulesAndSinks() throws Exception {
        AlertConfig c = AlertConfig.read(write("""
                {'rules': [{'name': 'age_psi', 'when': 'psi', 'threshold': 0.25, 'severity': 'critical', 'features': ['age']},
                           {'when': 'domain_auc'}],
                 'sinks': [{'type': 'log'}, {'type': 'webhook', 'url': 'https://hooks.example.com/x', 'timeoutMs': 1500},
                           {'type': 'status', 'path': 'out/../status.json'}]}"""));
        assertThat(c.rules()).hasSize(2);
        AlertRule r = c.rules().get(0);
        assertThat(r).isEqualTo(new AlertRule("age_psi", Kind.PSI, 0.25, "critical", java.util.List.of("age")));
        assertThat(c.rules().get(1).name()).isEqualTo("domain_auc");
        assertThat(c.rules().get(1).severity()).isEqualTo("warning");
        assertThat(c.rules().get(1).threshold()).isNaN();
        assertThat(c.sinks().get(1)).isEqualTo(new AlertSink.Webhook(java.net.URI.create("https://hooks.example.com/x"), Duration.ofMillis(1500)));
        assertThat(c.sinks().get(2)).isEqualTo(new AlertSink.Status(dir.resolve("status.json").toAbsolutePath()));
    }

    @Test
    void absentSectionsMeanTheDefaults() throws Exception {
        AlertConfig c = AlertConfig.read(write("{'sinks': [{'type': 'status', 'path': '/tmp/s.json'}]}"));
        assertThat(c.rules()).isEqualTo(AlertConfig.defaults().rules());
        assertThat(AlertConfig.read(write("{}")).sinks()).containsExactly(new AlertSink.Log());
        assertThat(AlertConfig.defaults().rules()).extracting(AlertRule::when)
                .contains(Kind.DATASET_DRIFT, Kind.DOMAIN_AUC, Kind.PSI, Kind.PREDICTION_DRIFT, Kind.PERFORMANCE_DEGRADED);
    }

    @Test
    void malformedConfigsNameTheFileAndTheJsonPath() throws Exception {
        expect("{'rules': [{'when': 'psi', 'threshold': 0.2}, {'when': 'drift'}]}", "$.rules[1].when",
                "dataset_drift, feature_drift, psi, domain_auc, prediction_drift, performance_degraded, estimated_performance_degraded");
        expect("{'sinks': [{'type': 'webhook', 'url': 'file:///etc/passwd'}]}", "$.sinks[0].url", "http://");
        expect("{'sinks': [{'type': 'webhook', 'url': 'ftp://example.com/x'}]}", "$.sinks[0].url", "https://");
        expect("{'sinks': [{'type': 'webhook'}]}", "$.sinks[0].url", "required");
        expect("{'sinks': [{'type': 'webhook', 'url': 'http://h/x', 'timeoutMs': -5}]}", "$.sinks[0].timeoutMs", "milliseconds");
        expect("{'sinks': [{'type': 'email'}]}", "$.sinks[0].type", "log, webhook, status");
        expect("{'rules': [{'when': 'psi'}]}", "$.rules[0].threshold", "needs a threshold");
        expect("{'rules': [{'when': 'psi', 'treshold': 0.2}]}", "$.rules[0].treshold", "did you mean 'threshold'");
        expect("{'rules': [{'when': 'prediction_drift', 'threshold': 0.2}]}", "$.rules[0].threshold", "takes no threshold");
        expect("{'rules': [{'when': 'domain_auc', 'threshold': 0.4}]}", "$.rules[0].threshold", "out of range");
        expect("{'rules': [{'when': 'psi', 'threshold': 0.2, 'severity': 'fatal'}]}", "$.rules[0].severity", "warning");
        expect("{'rules': [{'when': 'dataset_drift', 'features': ['a']}]}", "$.rules[0].features", "single features");
        expect("{'rules': [{'when': 'psi', 'threshold': 0.1}, {'when': 'psi', 'threshold': 0.2}]}", "$.rules[1].name", "'psi'");
        expect("{'rules': {}}", "$.rules", "array");
        expect("[1, 2]", "$", "object");
        expect("{'rules': [", "line 1", "not valid JSON");
        assertThatThrownBy(() -> AlertConfig.read(dir.resolve("none.json"))).isInstanceOf(ModelyardException.class)
                .hasMessageContaining("none.json").hasMessageContaining("does not exist");
    }

    private void expect(String json, String path, String what) throws Exception {
        Path f = write(json);
        assertThatThrownBy(() -> AlertConfig.read(f)).as(json).isInstanceOf(ModelyardException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining(path).hasMessageContaining(what);
    }
}
