package dev.modelyard.cli.command;

import dev.modelyard.cli.command.tracking.StoreOptions;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.serving.model.ModelFile;
import dev.modelyard.serving.reload.RegistryRef;
import dev.modelyard.serving.routing.Split;
import dev.modelyard.server.serving.PredictionServer;
import dev.modelyard.server.serving.ServeOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard serve}: the prediction server (Modelyard JSON, Open Inference Protocol v2, SageMaker/MLflow) until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve bundles over HTTP until Ctrl-C, then drain in-flight requests.",
                "  Modelyard JSON:  POST /api/v1/models/{name}/predict",
                "  OIP v2:          POST /v2/models/{name}/infer",
                "  SageMaker/MLflow POST /invocations, GET /ping",
                "  Prometheus:      GET /metrics"})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", paramLabel = "[NAME[@VERSION]=]FILE",
            description = {"A bundle to serve (repeatable). Default name: the file's stem; default version: 1, 2, … per name.",
                    "The first version of a name answers unless --ab splits the traffic."})
    List<String> models = new ArrayList<>();

    @Option(names = "--registry", paramLabel = "NAME@ALIAS", description = "Serve a registered model through an alias and follow it.")
    String registry;

    /** The tracking store that --registry reads. */
    @Mixin StoreOptions store;

    @Option(names = "--poll-seconds", paramLabel = "N", description = "How often to check the alias (default: 30; 0 = never).")
    long pollSeconds = ServeOptions.DEFAULT_POLL.toSeconds();

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: 127.0.0.1).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: 8080; 0 = any free port).")
    int port = ServeOptions.DEFAULT_PORT;

    @Option(names = "--log-dir", paramLabel = "DIR", description = "Write the prediction and feedback logs (JSON lines, rolled hourly and by size) here.")
    Path logDir;

    @Option(names = "--ab", paramLabel = "NAME=V1:W1,V2:W2", description = "Weighted A/B split of a model's versions, sticky by X-Request-Key (repeatable).")
    List<String> ab = new ArrayList<>();

    @Option(names = "--shadow", paramLabel = "NAME=VERSION", description = "Score every request of NAME with VERSION too, log it, never answer with it (repeatable).")
    List<String> shadow = new ArrayList<>();

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows per request (default: 10000).")
    int maxRows = 10_000;

    @Option(names = "--max-body-mb", paramLabel = "MB", description = "Largest request body in MiB (default: 32; 413 beyond).")
    int maxBodyMb = 32;

    @Option(names = "--timeout-seconds", paramLabel = "S", description = "Request timeout (default: 30; 503 beyond).")
    double timeoutSeconds = 30;

    @Option(names = "--auth-token", paramLabel = "TOKEN", description = "Require 'Authorization: Bearer TOKEN' (health checks stay open).")
    String authToken;

    @Option(names = "--insecure", description = "Allow a non-loopback --host without --auth-token.")
    boolean insecure;

    @Override
    public Integer call() throws Exception {
        ServeOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PredictionServer server = PredictionServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close(); // drains in-flight requests, flushes the prediction log
            stopped.countDown();
        }, "modelyard-serve-shutdown"));
        for (var m : server.engine().models().all()) {
            out.printf("serving %s (versions %s)%n", m.name(), String.join(", ", m.versions().keySet()));
        }
        out.printf("listening on http://%s:%d (Ctrl-C to stop)%n", host, server.port());
        out.flush();
        stopped.await();
        return 0;
    }

    /** The server options the command line asks for; bad values are INVALID_INPUT (exit 2). */
    public ServeOptions options() {
        if (models.isEmpty() && registry == null) {
            throw ModelyardException.invalid("nothing to serve: give --model FILE (repeatable) or --registry NAME@ALIAS");
        }
        if (port < 0 || port > 65_535) {
            throw ModelyardException.invalid("--port must be between 0 and 65535, got " + port);
        }
        if (maxRows <= 0 || maxBodyMb <= 0 || timeoutSeconds <= 0 || pollSeconds < 0) {
            throw ModelyardException.invalid("--max-rows, --max-body-mb and --timeout-seconds must be positive, --poll-seconds not negative");
        }
        Map<String, List<Split>> splits = new LinkedHashMap<>();
        for (String a : ab) {
            String[] kv = pair(a, "--ab", "NAME=V1:W1,V2:W2 (e.g. churn=1:90,2:10)");
            splits.put(kv[0], Split.parseAll(kv[1]));
        }
        Map<String, String> shadows = new LinkedHashMap<>();
        for (String s : shadow) {
            String[] kv = pair(s, "--shadow", "NAME=VERSION (e.g. churn=2)");
            shadows.put(kv[0], kv[1]);
        }
        return new ServeOptions(host, port, ModelFile.parseAll(models), registry == null ? null : RegistryRef.parse(registry),
                registry == null ? null : store.uri(), store.artifacts(), Duration.ofSeconds(pollSeconds), logDir, splits, shadows, maxRows, (long) maxBodyMb << 20,
                Duration.ofMillis((long) (timeoutSeconds * 1000)), authToken, insecure, null);
    }

    private static String[] pair(String text, String option, String expected) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw ModelyardException.invalid(option + " expects " + expected + ", got '" + text + "'");
        }
        return new String[] {text.substring(0, eq).trim(), text.substring(eq + 1).trim()};
    }
}
