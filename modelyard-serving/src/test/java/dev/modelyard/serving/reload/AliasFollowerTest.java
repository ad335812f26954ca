package dev.modelyard.serving.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.input.JsonTables;
import dev.modelyard.serving.metrics.ServingMetrics;
import dev.modelyard.serving.model.ServedModels;
import dev.modelyard.serving.predict.Prediction;
import dev.modelyard.serving.predict.PredictRequest;
import dev.modelyard.serving.predict.ServingEngine;
import dev.modelyard.tracking.TrackingBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving NAME@ALIAS from a real SQLite registry: the alias moves, the model swaps, no request fails. */
class AliasFollowerTest {
    @TempDir Path dir;
    RegistryFixture registry;
    TrackingBackend backend;
    RegistryBundles bundles;

    @BeforeEach
    void open() {
        registry = new RegistryFixture(dir);
        backend = registry.backend();
        bundles = new RegistryBundles(backend.tracking(), backend.artifacts());
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private static PredictRequest request() {
        ObjectNode body = Json.object();
        body.set("records", Golden.records(1));
        return new PredictRequest("churn", null, null, System.nanoTime(), m -> JsonTables.of(body, m.signature()));
    }

    @Test
    void aliasMovesTwiceUnderLoadWithZeroFailedRequests() throws Exception {
        ServedModels models = new ServedModels();
        try (AliasFollower follower = AliasFollower.start(RegistryRef.parse("churn@champion"), backend.registry(), bundles, models,
                Duration.ZERO);
             ServingEngine engine = new ServingEngine(models, 100, null, new ServingMetrics(new SimpleMeterRegistry()))) {
            assertThat(engine.predict(request()).version()).isEqualTo("1");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong ok = new AtomicLong();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Map<String, Long> byVersion = new ConcurrentHashMap<>();
            int threads = 4;
            CountDownLatch running = new CountDownLatch(threads);
            List<Thread> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    running.countDown();
                    while (!stop.get()) {
                        try {
                            Prediction p = engine.predict(request());
                            double expected = Golden.expectedYes(p.version().equals("2") ? "linear" : "gbdt", 0);
                            if (Math.abs(p.probability(0, 1) - expected) > 1e-9) {
                                throw new AssertionError("version " + p.version() + " answered " + p.probability(0, 1));
                            }
                            byVersion.merge(p.version(), 1L, Long::sum);
                            ok.incrementAndGet();
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                }));
            }
            running.await();
            Thread.sleep(100);
            backend.registry().setAlias("churn", "champion", "2");
            assertThat(follower.check()).isTrue();
            Thread.sleep(100);
            backend.registry().setAlias("churn", "champion", "3");
            assertThat(follower.check()).isTrue();
            assertThat(follower.check()).isFalse(); // no change, no reload
            Thread.sleep(100);
            stop.set(true);
            for (Thread w : workers) {
                w.join();
            }
            assertThat(failure.get()).isNull();
            assertThat(ok.get()).isGreaterThan(100);
            assertThat(byVersion.keySet()).contains("1", "2", "3");
            assertThat(engine.predict(request()).version()).isEqualTo("3");
            assertThat(models.get("churn").versions().keySet()).containsExactly("1", "2", "3"); // kept for /versions/{v}
        }
    }

    @Test
    void pollingPicksUpAMove() throws Exception {
        ServedModels models = new ServedModels();
        try (AliasFollower follower = AliasFollower.start(RegistryRef.parse("churn@champion"), backend.registry(), bundles, models,
                Duration.ofMillis(50))) {
            backend.registry().setAlias("churn", "champion", "2");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"2".equals(follower.currentVersion()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(follower.currentVersion()).isEqualTo("2");
            assertThat(models.get("churn").primary().version()).isEqualTo("2");
            assertThat(models.get("churn").primary().pipeline().classes()).containsExactly("no", "yes");
        }
    }

    @Test
    void unknownAliasOrBadReferenceFailsClearly() {
        ModelyardException e = catchThrowableOfType(ModelyardException.class, () -> AliasFollower.start(
                RegistryRef.parse("churn@nope"), backend.registry(), bundles, new ServedModels(), Duration.ZERO));
        assertThat(e.getMessage()).contains("nope");
        assertThat(catchThrowableOfType(ModelyardException.class, () -> RegistryRef.parse("churn")).getMessage())
                .contains("NAME@ALIAS");
    }

    @Test
    void sourcesOutsideTheStoreAreRefused() {
        assertThat(catchThrowableOfType(ModelyardException.class, () -> bundles.read("file:///etc/passwd")).getMessage())
                .contains("not served");
        assertThat(catchThrowableOfType(ModelyardException.class, () -> bundles.read("mlflow-artifacts:/../../etc/passwd")))
                .isNotNull();
    }
}
