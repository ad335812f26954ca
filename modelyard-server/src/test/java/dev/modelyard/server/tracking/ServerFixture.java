package dev.modelyard.server.tracking;

import java.nio.file.Path;

/** A tracking server on a free port over a fresh SQLite file and artifact root under {@code dir}. */
final class ServerFixture implements AutoCloseable {
    final Path dir;
    final Path artifacts;
    final TrackingServer server;
    final Http http;

    ServerFixture(Path dir) {
        this(dir, TrackingServerOptions.local(0, "sqlite:" + dir.resolve("store.db"), dir.resolve("artifacts")));
    }

    ServerFixture(Path dir, TrackingServerOptions options) {
        this.dir = dir;
        this.artifacts = options.artifactsRoot();
        this.server = TrackingServer.start(options);
        this.http = new Http(server.uri(), options.authToken());
    }

    /** Creates an experiment and returns its id. */
    String experiment(String name) {
        var r = http.post("/api/2.0/mlflow/experiments/create", "{\"name\":" + Http.q(name) + "}");
        if (r.status() != 200) {
            throw new AssertionError(r.body());
        }
        return r.json().get("experiment_id").asText();
    }

    /** Creates a run in an experiment and returns its id. */
    String run(String experimentId) {
        var r = http.post("/api/2.0/mlflow/runs/create",
                "{\"experiment_id\":" + Http.q(experimentId) + ",\"start_time\":1700000000000,\"run_name\":\"r\"}");
        if (r.status() != 200) {
            throw new AssertionError(r.body());
        }
        return r.json().at("/run/info/run_id").asText();
    }

    @Override
    public void close() {
        server.close();
    }
}
