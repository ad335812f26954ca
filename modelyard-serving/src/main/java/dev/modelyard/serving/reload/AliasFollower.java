package dev.modelyard.serving.reload;

import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.model.ServedModel;
import dev.modelyard.serving.model.ServedModels;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.ModelVersion;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves {@code NAME@ALIAS} and follows the alias: every poll interval it asks the registry which version
 * the alias points at and, when that changed, loads the new bundle completely (off the request path) and then
 * swaps it in atomically through {@link ServedModels}. Requests in flight finish on the version they started
 * with; none fails. A failed poll or load keeps the current version and is reported on stderr.
 */
public final class AliasFollower implements AutoCloseable {
    /** Versions kept loaded per name (for /versions/{v} and in-flight requests) after the alias moves. */
    static final int KEEP_VERSIONS = 3;

    private final RegistryRef ref;
    private final ModelRegistry registry;
    private final RegistryBundles bundles;
    private final ServedModels models;
    private final ScheduledExecutorService poller;
    private volatile String current;
    private volatile String lastError;

    private AliasFollower(RegistryRef ref, ModelRegistry registry, RegistryBundles bundles, ServedModels models) {
        this.ref = ref;
        this.registry = registry;
        this.bundles = bundles;
        this.models = models;
        this.poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("modelyard-registry-poll").factory());
    }

    /**
     * Loads the version the alias points at now (failing loudly if it cannot), serves it under the registered
     * model's name, and polls every {@code interval} (zero or negative: never).
     */
    public static AliasFollower start(RegistryRef ref, ModelRegistry registry, RegistryBundles bundles, ServedModels models,
                                      Duration interval) {
        AliasFollower f = new AliasFollower(ref, registry, bundles, models);
        f.check();
        if (!interval.isZero() && !interval.isNegative()) {
            long ms = interval.toMillis();
            f.poller.scheduleWithFixedDelay(f::poll, ms, ms, TimeUnit.MILLISECONDS);
        }
        return f;
    }

    /** The registry version currently served. */
    public String currentVersion() { return current; }

    private void poll() {
        try {
            check();
            lastError = null;
        } catch (RuntimeException e) {
            String msg = e.getMessage();
            if (!java.util.Objects.equals(msg, lastError)) {
                System.err.println("warning: cannot follow " + ref + ": " + msg + " (still serving version " + current + ")");
                lastError = msg;
            }
        }
    }

    /** One poll: swaps in the alias's version if it changed; returns true when it did. */
    public synchronized boolean check() {
        ModelVersion v = registry.getModelVersionByAlias(ref.name(), ref.alias());
        if (v.version().equals(current)) {
            return false;
        }
        LoadedModel loaded = bundles.load(v);
        models.update(ref.name(), old -> old == null ? ServedModel.of(loaded) : old.promote(loaded, KEEP_VERSIONS));
        current = v.version();
        return true;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
