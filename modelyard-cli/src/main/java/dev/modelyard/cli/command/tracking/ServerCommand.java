package dev.modelyard.cli.command.tracking;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.server.tracking.TrackingServer;
import dev.modelyard.server.tracking.TrackingServerOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard server}: the MLflow-compatible tracking server, until Ctrl-C. */
@Command(name = "server", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the tracking server: MLflow REST API 2.0 under /api/2.0/mlflow/, artifacts under",
                "/api/2.0/mlflow-artifacts/. Point MLflow clients at http://HOST:PORT. Runs until Ctrl-C."})
public final class ServerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: 127.0.0.1).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: 5000; 0 = any free port).")
    int port = TrackingServerOptions.DEFAULT_PORT;

    @Option(names = "--backend-store-uri", paramLabel = "URI",
            description = "sqlite:<path> or postgresql://user@host:port/db (default: sqlite:./modelyard-data/modelyard.db).")
    String backendUri;

    @Option(names = "--artifacts-root", paramLabel = "DIR", description = "Artifact folder (default: modelyard-data/artifacts).")
    Path artifactsRoot;

    @Option(names = "--auth-token", paramLabel = "TOKEN", defaultValue = "${env:MODELYARD_AUTH_TOKEN}",
            description = "Require 'Authorization: Bearer TOKEN' for every request (default: $MODELYARD_AUTH_TOKEN).")
    String authToken;

    @Option(names = "--read-token", paramLabel = "TOKEN", description = "A read-only token: reads and searches, no writes (repeatable).")
    List<String> readTokens = new ArrayList<>();

    @Option(names = "--insecure", description = "Allow a non-loopback --host without --auth-token.")
    boolean insecure;

    @Option(names = "--max-upload-mb", paramLabel = "MB", description = "Largest artifact file accepted (default: 1024).")
    long maxUploadMb = 1024;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw ModelyardException.invalid("--port must be between 0 and 65535, got " + port);
        }
        if (maxUploadMb < 1) {
            throw ModelyardException.invalid("--max-upload-mb must be at least 1, got " + maxUploadMb);
        }
        String token = authToken == null || authToken.isEmpty() ? null : authToken;
        TrackingServer server = TrackingServer.start(new TrackingServerOptions(host, port, backendUri, artifactsRoot, token,
                readTokens, insecure, maxUploadMb << 20));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "modelyard-server-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("modelyard tracking server listening on " + server.uri() + (token == null ? "" : " (bearer token required)"));
        out.println("MLFLOW_TRACKING_URI=" + server.uri() + "   (Ctrl-C to stop)");
        out.flush();
        server.awaitStop();
        return 0;
    }
}
