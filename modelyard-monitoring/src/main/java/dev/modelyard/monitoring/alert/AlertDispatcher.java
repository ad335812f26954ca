package dev.modelyard.monitoring.alert;

import dev.modelyard.monitoring.result.Alert;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends new alerts to the configured sinks, once per (model, window, rule). The state file is re-read before each
 * dispatch and replaced atomically after it, so dispatchers run one after another on the same file (a restarted job,
 * {@code monitor run} then {@code monitor report}) do not repeat alerts. Sinks are independent: a failing one is
 * logged and the others still get the alerts. Thread-safe.
 */
public final class AlertDispatcher {
    private static final System.Logger LOG = System.getLogger(AlertDispatcher.class.getName());

    private final AlertConfig config;
    private final Path stateFile;
    private final List<WebhookSink> webhooks = new ArrayList<>();
    private AlertState memory = new AlertState();

    /**
     * @param stateFile where fired alerts are remembered; null keeps them in memory for this dispatcher only
     */
    public AlertDispatcher(AlertConfig config, Path stateFile) {
        this.config = config;
        this.stateFile = stateFile == null ? null : stateFile.toAbsolutePath().normalize();
        for (AlertSink s : config.sinks()) {
            if (s instanceof AlertSink.Webhook w) {
                webhooks.add(new WebhookSink(w));
            }
        }
    }

    /**
     * Sends the alerts not sent before for {@code model} and returns them.
     *
     * @throws dev.modelyard.core.error.ModelyardException when the state file cannot be read or written
     */
    public synchronized List<Alert> dispatch(String model, List<Alert> alerts) {
        AlertState state = stateFile == null ? memory : AlertState.read(stateFile);
        List<Alert> fresh = new ArrayList<>();
        for (Alert a : alerts) {
            if (!state.contains(model, a.window(), a.rule())) {
                state.add(model, a.window(), a.rule());
                fresh.add(a);
            }
        }
        if (stateFile != null && !fresh.isEmpty()) {
            try {
                state.write(stateFile);
            } catch (IOException e) {
                throw dev.modelyard.core.error.ModelyardException.invalid("cannot write alert state " + stateFile + ": " + e.getMessage());
            }
        }
        memory = state;
        send(model, fresh);
        return fresh;
    }

    private void send(String model, List<Alert> fresh) {
        int webhook = 0;
        for (AlertSink sink : config.sinks()) {
            switch (sink) {
                case AlertSink.Log l -> fresh.forEach(a -> LOG.log(AlertRule.CRITICAL.equals(a.severity())
                        ? System.Logger.Level.ERROR : System.Logger.Level.WARNING,
                        "[" + a.severity() + "] " + model + " " + a.window() + " " + a.rule() + ": " + a.message()));
                case AlertSink.Webhook w -> {
                    WebhookSink s = webhooks.get(webhook++);
                    if (!fresh.isEmpty()) {
                        s.send(model, fresh);
                    }
                }
                case AlertSink.Status st -> {
                    try {
                        StatusFile.update(st.path(), model, fresh, Instant.now());
                    } catch (IOException | RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "cannot update alert status " + st.path() + ": " + e.getMessage());
                    }
                }
            }
        }
    }
}
