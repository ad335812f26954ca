package dev.modelyard.server.serving;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.server.http.HttpMetrics;
import dev.modelyard.server.http.HttpServer;
import dev.modelyard.server.http.HttpServerOptions;
import dev.modelyard.server.http.Routes;
import dev.modelyard.server.http.TokenAuth;
import dev.modelyard.serving.log.PredictionLog;
import dev.modelyard.serving.metrics.ServingMetrics;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.model.ModelFile;
import dev.modelyard.serving.model.ServedModel;
import dev.modelyard.serving.model.ServedModels;
import dev.modelyard.serving.predict.ServingEngine;
import dev.modelyard.serving.reload.AliasFollower;
import dev.modelyard.serving.reload.RegistryBundles;
import dev.modelyard.serving.routing.Routing;
import dev.modelyard.serving.routing.Split;
import dev.modelyard.tracking.TrackingBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The prediction server: loads the models (every bundle is read and verified before the port opens), applies
 * routing, starts the engine and the HTTP protocols. {@link #close()} stops gracefully: the listener closes,
 * in-flight requests finish (within the grace period), then the registry poller stops and the prediction log
 * is flushed.
 */

public final class PredictionServer implements AutoCloseable {
    private final HttpServer http;
    private final ServingEngine engine;
    private final AliasFollower follower;
    private final TrackingBackend backend;

    private PredictionServer(HttpServer http, ServingEngine engine, AliasFollower follower, TrackingBackend backend) {
        this.http = http;
        this.engine = engine;
        this.follower = follower;
        this.backend = backend;
    }

    public static PredictionServer start(ServeOptions o) {
        if (o.models().isEmpty() && o.registry() == null) {
            throw ModelyardException.invalid("nothing to serve: give --model FILE (repeatable) or --registry NAME@ALIAS");
        }
        TokenAuth auth = TokenAuth.of(o.authToken(), List.of());
        ServedModels models = new ServedModels();
        for (ModelFile f : o.models()) {
            LoadedModel m = f.load();
            models.update(m.name(), old -> old == null ? ServedModel.of(m) : old.with(m));
        }
        TrackingBackend backend = null;
        AliasFollower follower = null;
        PredictionLog log = null;
        try {
            if (o.registry() != null) {
                backend = TrackingBackend.open(o.backendUri() == null ? TrackingBackend.DEFAULT_URI : o.backendUri(),
                        o.artifactsRoot() == null ? TrackingBackend.DEFAULT_ARTIFACTS_ROOT : o.artifactsRoot());
                follower = AliasFollower.start(o.registry(), backend.registry(), new RegistryBundles(backend.tracking(), backend.artifacts()),
                        models, o.pollInterval());
            }
            applyRouting(models, o.splits(), o.shadows());
            HttpMetrics httpMetrics = new HttpMetrics();
            ServingMetrics metrics = new ServingMetrics(httpMetrics.registry());
            log = o.logDir() == null ? null : new PredictionLog(o.logDir());
            ServingEngine engine = new ServingEngine(models, o.maxRows(), log, metrics, o.requestTimeout());
            Routes routes = new Routes(new ServingErrors(metrics), auth, o.maxBodyBytes());
            Scorer scorer = new Scorer(engine, new Bodies(o.maxBodyBytes()));
            HttpServer http = HttpServer.start(new HttpServerOptions(o.host(), o.port(), auth, o.insecure(), o.shutdownGrace()), routes, r -> {
                // Exact paths first: Helidon tries routes in order, and each path-template route costs a regex match.
                InvocationsApi.register(r, routes, scorer);
                ModelyardApi.register(r, routes, scorer);
                MonitoringApi.register(r, routes, engine, o.logDir());
                OipApi.register(r, routes, scorer);
                httpMetrics.endpoint(r, routes);
            });
            return new PredictionServer(http, engine, follower, backend);
        } catch (RuntimeException e) {
            if (follower != null) {
                follower.close();
            }
            if (log != null) {
                log.close();
            }
            if (backend != null) {
                backend.close();
            }
            throw e;
        }
    }

    private static void applyRouting(ServedModels models, Map<String, List<Split>> splits, Map<String, String> shadows) {
        List<String> names = new ArrayList<>(splits.keySet());
        shadows.keySet().stream().filter(n -> !splits.containsKey(n)).forEach(names::add);
        for (String name : names) {
            ServedModel m = models.get(name);
            List<Split> split = splits.getOrDefault(name, m.routing().splits());
            models.put(m.withRouting(new Routing(split, shadows.get(name))));
        }
    }

    /** The bound port. */
    public int port() { return http.port(); }

    public ServingEngine engine() { return engine; }

    /** Stops gracefully (see the class comment). */
    @Override
    public void close() {
        http.close();
        if (follower != null) {
            follower.close();
        }
        engine.close();
        if (backend != null) {
            backend.close();
        }
    }
}
