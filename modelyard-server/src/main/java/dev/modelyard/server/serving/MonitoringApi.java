package dev.modelyard.server.serving;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.monitoring.Monitor;
import dev.modelyard.monitoring.MonitorOptions;
import dev.modelyard.monitoring.MonitoredModel;
import dev.modelyard.monitoring.log.LoggedPredictions;
import dev.modelyard.monitoring.log.PredictionLogReader;
import dev.modelyard.monitoring.report.JsonReport;
import dev.modelyard.monitoring.window.WindowSpec;
import dev.modelyard.server.http.Access;
import dev.modelyard.server.http.Routes;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.predict.ServingEngine;
import io.helidon.webserver.http.HttpRouting;
import java.nio.file.Path;

/**
 * {@code GET /api/v1/models/{name}/monitoring[?window=1d]}: drift and performance of the served model's
 * primary version, computed from the prediction log (and feedback) on request, as the JSON report of
 * {@code modelyard monitor report}. Needs the server's {@code --log-dir}.
 */
final class MonitoringApi {
    private MonitoringApi() {}

    static void register(HttpRouting.Builder r, Routes routes, ServingEngine engine, Path logDir) {
        r.get("/api/v1/models/{name}/monitoring", routes.raw(Access.READ, (req, res) -> {
            String name = req.path().pathParameters().get("name");
            LoadedModel model = engine.models().get(name).primary();
            if (logDir == null) {
                throw ModelyardException.invalid("monitoring needs the prediction log: start the server with --log-dir DIR");
            }
            WindowSpec spec = WindowSpec.parse(req.query().first("window").orElse("1d"));
            MonitoredModel m = MonitoredModel.of(model.bundle(), name, model.version(), null);
            LoggedPredictions log = PredictionLogReader.read(logDir, name, model.signature());
            routes.send(res, 200, JsonReport.toJson(Monitor.report(m, log, spec, MonitorOptions.defaults(), Progress.NONE, new Cancellation())));
        }));
    }
}
