package dev.modelyard.tracking;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.ArtifactStore;
import dev.modelyard.tracking.api.Dataset;
import dev.modelyard.tracking.api.DatasetInput;
import dev.modelyard.tracking.api.Experiment;
import dev.modelyard.tracking.api.LifecycleStage;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.RegisteredModel;
import dev.modelyard.tracking.api.RegisteredModelAlias;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.RunSearch;
import dev.modelyard.tracking.api.RunStatus;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.api.TrackingStore;
import dev.modelyard.tracking.api.ViewType;
import dev.modelyard.tracking.gc.GarbageCollector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * One behavioural contract for every backend store. Subclasses open a {@link TrackingBackend} on an empty or
 * shared database; every test uses fresh, uniquely named experiments and models, so tests do not see each
 * other's data even on a shared PostgreSQL database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TrackingStoreContract {
    protected TrackingBackend backend;
    protected TrackingStore store;
    protected ModelRegistry registry;
    protected ArtifactStore artifacts;
    protected Path artifactRoot;

    /** Opens the backend under test with artifacts under {@code artifactRoot}. */
    protected abstract TrackingBackend open(Path artifactRoot) throws Exception;

    /** Counts metric points whose run row is gone, by {@link #ORPHAN_POINTS} over the backend's own database. */
    protected abstract long orphanMetricPoints() throws Exception;

    protected static final String ORPHAN_POINTS = "SELECT COUNT(*) FROM metrics m WHERE NOT EXISTS (SELECT 1 FROM runs r WHERE r.id = m.run_id)";

    @BeforeAll
    void openBackend() throws Exception {
        artifactRoot = Files.createTempDirectory("artifacts");
        backend = open(artifactRoot);
        store = backend.tracking();
        registry = backend.registry();
        artifacts = backend.artifacts();
    }

    @AfterAll
    void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }

    // ---- helpers

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String newExperiment() {
        return store.createExperiment(unique("exp"), null, List.of());
    }

    protected RunInfo newRun(String experimentId) {
        return store.createRun(experimentId, "alice", null, System.currentTimeMillis(), List.of());
    }

    private static void assertError(ErrorCode code, String messagePart, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ModelyardException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    private List<String> runIds(String experimentId, String filter, List<String> orderBy) {
        return store.searchRuns(new RunSearch(List.of(experimentId), filter, ViewType.ACTIVE_ONLY, 1000, orderBy, null))
                .items().stream().map(r -> r.info().runId()).toList();
    }

    // ---- experiments

    @Test
    void defaultExperimentExists() {
        Experiment e = store.getExperiment("0");
        assertThat(e.name()).isEqualTo("Default");
        assertThat(e.artifactLocation()).isEqualTo("mlflow-artifacts:/0");
        assertThat(e.lifecycleStage()).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void experimentCrudTagsDeleteRestore() {
        String name = unique("exp");
        String id = store.createExperiment(name, null, List.of(new Tag("team", "risk")));
        Experiment e = store.getExperiment(id);
        assertThat(e.name()).isEqualTo(name);
        assertThat(e.artifactLocation()).isEqualTo("mlflow-artifacts:/" + id);
        assertThat(e.tags()).containsExactly(new Tag("team", "risk"));
        assertThat(store.getExperimentByName(name).experimentId()).isEqualTo(id);

        String renamed = unique("renamed");
        store.renameExperiment(id, renamed);
        store.setExperimentTag(id, "team", "fraud");
        store.setExperimentTag(id, "owner", "bob");
        e = store.getExperimentByName(renamed);
        assertThat(e.tags()).containsExactly(new Tag("owner", "bob"), new Tag("team", "fraud"));
        assertError(ErrorCode.NOT_FOUND, name, () -> store.getExperimentByName(name));

        store.deleteExperiment(id);
        assertThat(store.getExperiment(id).lifecycleStage()).isEqualTo(LifecycleStage.DELETED);
        assertError(ErrorCode.INVALID_STATE, "active", () -> store.createRun(id, "u", null, 0, List.of()));
        store.restoreExperiment(id);
        assertThat(store.getExperiment(id).lifecycleStage()).isEqualTo(LifecycleStage.ACTIVE);
    }

    @Test
    void experimentErrors() {
        String name = unique("exp");
        store.createExperiment(name, null, List.of());
        assertError(ErrorCode.ALREADY_EXISTS, name, () -> store.createExperiment(name, null, List.of()));
        assertError(ErrorCode.NOT_FOUND, "987654321", () -> store.getExperiment("987654321"));
        assertError(ErrorCode.NOT_FOUND, "abc", () -> store.getExperiment("abc"));
        assertError(ErrorCode.INVALID_INPUT, "non-empty", () -> store.createExperiment(" ", null, List.of()));
        assertError(ErrorCode.INVALID_STATE, "default", () -> store.deleteExperiment("0"));
    }

    @Test
    void artifactLocationMustBeServedByUs() {
        for (String bad : List.of("/etc", "file:///etc", "http://169.254.169.254/latest", "s3://bucket/x", "mlflow-artifacts:/../../etc",
                "mlflow-artifacts://evil.com/x", "mlflow-artifacts:/a/%2e%2e/%2e%2e/b")) {
            assertError(ErrorCode.INVALID_INPUT, "artifact_location", () -> store.createExperiment(unique("exp"), bad, List.of()));
        }
        String id = store.createExperiment(unique("exp"), "mlflow-artifacts:/team-a/custom", List.of());
        assertThat(newRun(id).artifactUri()).startsWith("mlflow-artifacts:/team-a/custom/");
    }

    @Test
    void searchExperimentsByNameTagAndViewType() {
        String prefix = unique("find");
        String a = store.createExperiment(prefix + "-alpha", null, List.of(new Tag("team", "risk")));
        String b = store.createExperiment(prefix + "-beta", null, List.of(new Tag("team", "ops")));
        store.deleteExperiment(b);
        Page<Experiment> active = store.searchExperiments(new SearchRequest("name LIKE '" + prefix + "%'", 10, List.of("name DESC"), null), ViewType.ACTIVE_ONLY);
        assertThat(active.items()).extracting(Experiment::experimentId).containsExactly(a);
        Page<Experiment> all = store.searchExperiments(new SearchRequest("name LIKE '" + prefix + "%'", 10, List.of("name DESC"), null), ViewType.ALL);
        assertThat(all.items()).extracting(Experiment::experimentId).containsExactly(b, a);
        Page<Experiment> deleted = store.searchExperiments(new SearchRequest("tags.team = 'ops' AND name LIKE '" + prefix + "%'", 10, List.of(), null), ViewType.DELETED_ONLY);
        assertThat(deleted.items()).extracting(Experiment::experimentId).containsExactly(b);
    }

    // ---- runs

    @Test
    void createGetAndUpdateRun() {
        String exp = newExperiment();
        RunInfo info = store.createRun(exp, "alice", "first", 1_700_000_000_000L, List.of(new Tag("source", "test")));
        assertThat(info.runId()).hasSize(32).isEqualTo(info.runUuid());
        assertThat(info.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(info.artifactUri()).isEqualTo("mlflow-artifacts:/" + exp + "/" + info.runId() + "/artifacts");
        Run run = store.getRun(info.runId());
        assertThat(run.info()).isEqualTo(info);
        assertThat(run.data().tags()).contains(new Tag("source", "test"), new Tag("mlflow.runName", "first"));
        assertThat(run.info().endTime()).isNull();

        RunInfo updated = store.updateRun(info.runId(), RunStatus.FINISHED, 1_700_000_100_000L, "renamed");
        assertThat(updated.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(updated.endTime()).isEqualTo(1_700_000_100_000L);
        assertThat(updated.runName()).isEqualTo("renamed");
        assertThat(store.getRun(info.runId()).data().tags()).contains(new Tag("mlflow.runName", "renamed"));
        assertThat(newRun(exp).runName()).matches("[a-z]+-[a-z]+-\\d+");
        assertError(ErrorCode.NOT_FOUND, "nope", () -> store.getRun("nope"));
    }

    @Test
    void logBatchStoresMetricsParamsTagsWithHistoryAndLatest() {
        String run = newRun(newExperiment()).runId();
        store.logBatch(run, List.of(new Metric("loss", 0.9, 1000, 0), new Metric("loss", 0.5, 1001, 1), new Metric("loss", 0.7, 900, 2),
                        new Metric("acc", 0.8, 5, 0)),
                List.of(new Param("lr", "0.1"), new Param("depth", "6")), List.of(new Tag("team", "risk")));
        // same step 2, later timestamp: becomes latest; an earlier step never does
        store.logBatch(run, List.of(new Metric("loss", 0.4, 950, 2), new Metric("loss", 0.1, 5000, 1)), List.of(), List.of());
        Run r = store.getRun(run);
        Map<String, Metric> latest = r.data().metrics().stream().collect(Collectors.toMap(Metric::key, m -> m));
        assertThat(latest.get("loss")).isEqualTo(new Metric("loss", 0.4, 950, 2));
        assertThat(latest.get("acc")).isEqualTo(new Metric("acc", 0.8, 5, 0));
        assertThat(r.data().params()).containsExactly(new Param("depth", "6"), new Param("lr", "0.1"));
        assertThat(r.data().tags()).contains(new Tag("team", "risk"));
        List<Metric> history = store.getMetricHistory(run, "loss", 0, null).items();
        assertThat(history).containsExactly(new Metric("loss", 0.9, 1000, 0), new Metric("loss", 0.5, 1001, 1),
                new Metric("loss", 0.1, 5000, 1), new Metric("loss", 0.7, 900, 2), new Metric("loss", 0.4, 950, 2));
        // an identical point is stored once
        store.logMetric(run, new Metric("acc", 0.8, 5, 0));
        assertThat(store.getMetricHistory(run, "acc", 0, null).items()).hasSize(1);
    }

    @Test
    void nanAndInfinityMetricsRoundTrip() {
        String run = newRun(newExperiment()).runId();
        store.logBatch(run, List.of(new Metric("m", Double.NaN, 1, 0), new Metric("m", Double.POSITIVE_INFINITY, 2, 1),
                new Metric("n", Double.NEGATIVE_INFINITY, 1, 0)), List.of(), List.of());
        List<Metric> h = store.getMetricHistory(run, "m", 0, null).items();
        assertThat(h.get(0).value()).isNaN();
        assertThat(h.get(1).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(store.getRun(run).data().metrics()).contains(new Metric("n", Double.NEGATIVE_INFINITY, 1, 0));
        String exp = store.getRun(run).info().experimentId();
        store.logMetric(run, new Metric("latest_nan", Double.NaN, 1, 0));
        assertThat(store.getRun(run).data().metrics()).filteredOn(m -> m.key().equals("latest_nan")).singleElement()
                .satisfies(m -> assertThat(m.value()).isNaN());
        // a NaN never satisfies a comparison, like a missing value
        assertThat(runIds(exp, "metrics.latest_nan < 1 OR metrics.latest_nan >= 1 OR metrics.latest_nan != 1", List.of())).isEmpty();
        assertThat(runIds(exp, "metrics.n < 0", List.of())).containsExactly(run);
    }

    @Test
    void metricHistoryPages() {
        String run = newRun(newExperiment()).runId();
        List<Metric> points = IntStream.range(0, 25).mapToObj(i -> new Metric("curve", i / 10.0, 100 + i, i)).toList();
        store.logBatch(run, points, List.of(), List.of());
        List<Metric> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<Metric> p = store.getMetricHistory(run, "curve", 10, token);
            seen.addAll(p.items());
            token = p.nextPageToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(points);
    }

    @Test
    void paramsAreWriteOnce() {
        String run = newRun(newExperiment()).runId();
        store.logParam(run, new Param("lr", "0.1"));
        store.logParam(run, new Param("lr", "0.1"));
        assertError(ErrorCode.INVALID_INPUT, "key='lr' was already logged with value='0.1'",
                () -> store.logParam(run, new Param("lr", "0.2")));
        assertError(ErrorCode.INVALID_INPUT, "'0.2'", () -> store.logParam(run, new Param("lr", "0.2")));
        // the failing batch left nothing behind
        assertError(ErrorCode.INVALID_INPUT, "lr", () -> store.logBatch(run, List.of(new Metric("m", 1, 1, 0)),
                List.of(new Param("other", "x"), new Param("lr", "0.3")), List.of()));
        Run r = store.getRun(run);
        assertThat(r.data().params()).containsExactly(new Param("lr", "0.1"));
        assertThat(r.data().metrics()).isEmpty();
        assertError(ErrorCode.INVALID_INPUT, "Duplicate parameter key 'a'",
                () -> store.logBatch(run, List.of(), List.of(new Param("a", "1"), new Param("a", "2")), List.of()));
    }

    @Test
    void batchLimitsAreMlflows() {
        String run = newRun(newExperiment()).runId();
        List<Metric> m1001 = IntStream.range(0, 1001).mapToObj(i -> new Metric("m", i, i, i)).toList();
        List<Param> p101 = IntStream.range(0, 101).mapToObj(i -> new Param("p" + i, "v")).toList();
        List<Tag> t101 = IntStream.range(0, 101).mapToObj(i -> new Tag("t" + i, "v")).toList();
        assertError(ErrorCode.INVALID_INPUT, "at most 1000 metrics", () -> store.logBatch(run, m1001, List.of(), List.of()));
        assertError(ErrorCode.INVALID_INPUT, "101 params", () -> store.logBatch(run, List.of(), p101, List.of()));
        assertError(ErrorCode.INVALID_INPUT, "101 tags", () -> store.logBatch(run, List.of(), List.of(), t101));
        assertError(ErrorCode.INVALID_INPUT, "1000 entries", () -> store.logBatch(run, m1001.subList(0, 950), p101.subList(0, 100), List.of()));
        store.logBatch(run, m1001.subList(0, 900), p101.subList(0, 100), List.of()); // exactly 1000 is fine
        assertThat(store.getMetricHistory(run, "m", 0, null).items()).hasSize(900);
        assertError(ErrorCode.INVALID_INPUT, "limit is 6000", () -> store.logParam(run, new Param("big", "x".repeat(6001))));
        store.logParam(run, new Param("big", "x".repeat(6000)));
        assertError(ErrorCode.INVALID_INPUT, "limit is 250", () -> store.logParam(run, new Param("k".repeat(251), "v")));
    }

    @Test
    void keysWithPathTricksAreRejected() {
        String run = newRun(newExperiment()).runId();
        for (String bad : List.of("../etc/passwd", "a/../../b", "/abs", "a\\b", "./x", "a//b", "x/", "..", "a\u0000b", "semi;colon")) {
            assertError(ErrorCode.INVALID_INPUT, "key", () -> store.logMetric(run, new Metric(bad, 1, 1, 0)));
            assertError(ErrorCode.INVALID_INPUT, "key", () -> store.logParam(run, new Param(bad, "v")));
            assertError(ErrorCode.INVALID_INPUT, "key", () -> store.setTag(run, new Tag(bad, "v")));
        }
        store.logMetric(run, new Metric("train/loss: fold 1", 1, 1, 0)); // MLflow's alphabet, normalised path
        assertThat(store.getRun(run).data().metrics()).extracting(Metric::key).containsExactly("train/loss: fold 1");
    }

    @Test
    void deleteTagAndRunNameTag() {
        String run = newRun(newExperiment()).runId();
        store.setTag(run, new Tag("a", "1"));
        store.setTag(run, new Tag("a", "2"));
        store.setTag(run, new Tag("mlflow.runName", "via-tag"));
        assertThat(store.getRun(run).data().tags()).contains(new Tag("a", "2"));
        assertThat(store.getRun(run).info().runName()).isEqualTo("via-tag");
        store.deleteTag(run, "a");
        assertThat(store.getRun(run).data().tags()).extracting(Tag::key).doesNotContain("a");
        assertError(ErrorCode.NOT_FOUND, "a", () -> store.deleteTag(run, "a"));
    }

    @Test
    void inputsAreRecordedAndSearchable() {
        String exp = newExperiment();
        String run = newRun(exp).runId();
        String other = newRun(exp).runId();
        DatasetInput in = new DatasetInput(List.of(new Tag("mlflow.data.context", "train")),
                new Dataset("adult", "sha256:abc", "local", "data/adult.csv", "{\"cols\":3}", null));
        store.logInputs(run, List.of(in));
        store.logInputs(run, List.of(in)); // idempotent
        assertThat(store.getRun(run).inputs().datasetInputs()).containsExactly(in);
        assertThat(store.getRun(other).inputs().datasetInputs()).isEmpty();
        assertThat(runIds(exp, "dataset.name = 'adult' AND dataset.digest = 'sha256:abc'", List.of())).containsExactly(run);
        assertThat(runIds(exp, "dataset.context = 'train'", List.of())).containsExactly(run);
    }

    @Test
    void deletedRunsRejectWritesAndFollowViewType() {
        String exp = newExperiment();
        String a = newRun(exp).runId();
        String b = newRun(exp).runId();
        store.deleteRun(a);
        assertThat(store.getRun(a).info().lifecycleStage()).isEqualTo(LifecycleStage.DELETED);
        assertError(ErrorCode.INVALID_STATE, "active", () -> store.logMetric(a, new Metric("m", 1, 1, 0)));
        assertThat(runIds(exp, null, List.of())).containsExactly(b);
        assertThat(store.searchRuns(new RunSearch(List.of(exp), null, ViewType.DELETED_ONLY, 10, List.of(), null)).items())
                .extracting(r -> r.info().runId()).containsExactly(a);
        assertThat(store.searchRuns(new RunSearch(List.of(exp), null, ViewType.ALL, 10, List.of(), null)).items()).hasSize(2);
        store.restoreRun(a);
        assertThat(runIds(exp, null, List.of())).containsExactlyInAnyOrder(a, b);

        store.deleteExperiment(exp);
        assertThat(store.getRun(b).info().lifecycleStage()).isEqualTo(LifecycleStage.DELETED);
        assertError(ErrorCode.INVALID_STATE, "restore the experiment first", () -> store.restoreRun(b));
        store.restoreExperiment(exp);
        assertThat(runIds(exp, null, List.of())).containsExactlyInAnyOrder(a, b);
    }

    // ---- search

    /** Three runs with known metrics/params/tags for the operator tests: values 1, 2, 3. */
    private List<String> threeRuns(String exp) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            RunInfo r = store.createRun(exp, i == 3 ? "bob" : "alice", "run-" + i, 1_000L * i, List.of());
            store.logBatch(r.runId(), List.of(new Metric("auc", i / 10.0, 1, 0), new Metric("my metric", i, 1, 0)),
                    List.of(new Param("model", i == 2 ? "XGBoost" : "linear-" + i)), List.of(new Tag("group", i % 2 == 0 ? "even" : "Odd")));
            ids.add(r.runId());
        }
        return ids;
    }

    @Test
    void searchMetricOperators() {
        String exp = newExperiment();
        List<String> r = threeRuns(exp);
        assertThat(runIds(exp, "metrics.auc = 0.2", List.of())).containsExactly(r.get(1));
        assertThat(runIds(exp, "metrics.auc != 0.2", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "metrics.auc > 0.2", List.of())).containsExactly(r.get(2));
        assertThat(runIds(exp, "metrics.auc >= 0.2", List.of())).containsExactlyInAnyOrder(r.get(1), r.get(2));
        assertThat(runIds(exp, "metrics.auc < 0.2", List.of())).containsExactly(r.get(0));
        assertThat(runIds(exp, "metrics.auc <= 0.2", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(1));
        assertThat(runIds(exp, "metrics.auc IN (0.1, 0.3)", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "metrics.auc NOT IN (0.1, 0.3)", List.of())).containsExactly(r.get(1));
        assertThat(runIds(exp, "metrics.`my metric` >= 2 and metrics.\"my metric\" < 3", List.of())).containsExactly(r.get(1));
        assertThat(runIds(exp, "metrics.missing > 0", List.of())).isEmpty();
    }

    @Test
    void searchParamTagAndAttributeOperators() {
        String exp = newExperiment();
        List<String> r = threeRuns(exp);
        assertThat(runIds(exp, "params.model = 'XGBoost'", List.of())).containsExactly(r.get(1));
        assertThat(runIds(exp, "params.model != 'XGBoost'", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "params.model LIKE 'linear%'", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "params.model LIKE 'xgb%'", List.of())).isEmpty();
        assertThat(runIds(exp, "params.model ILIKE 'xgb%'", List.of())).containsExactly(r.get(1));
        assertThat(runIds(exp, "params.model IN ('XGBoost', 'linear-3')", List.of())).containsExactlyInAnyOrder(r.get(1), r.get(2));
        assertThat(runIds(exp, "params.model NOT IN ('XGBoost')", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "tags.group = 'Odd'", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "tags.group ILIKE 'odd'", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "tags.group LIKE 'odd'", List.of())).isEmpty();
        assertThat(runIds(exp, "attributes.run_name = 'run-2'", List.of())).containsExactly(r.get(1));
        assertThat(runIds(exp, "attributes.user_id = 'bob'", List.of())).containsExactly(r.get(2));
        assertThat(runIds(exp, "attributes.start_time > 1500", List.of())).containsExactlyInAnyOrder(r.get(1), r.get(2));
        assertThat(runIds(exp, "attributes.status = 'RUNNING'", List.of())).hasSize(3);
        assertThat(runIds(exp, "attributes.run_id IN ('" + r.get(0) + "', '" + r.get(2) + "')", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "attributes.lifecycle_stage = 'active'", List.of())).hasSize(3);
    }

    @Test
    void searchOrAndParentheses() {
        String exp = newExperiment();
        List<String> r = threeRuns(exp);
        assertThat(runIds(exp, "metrics.auc < 0.15 OR params.model = 'XGBoost'", List.of())).containsExactlyInAnyOrder(r.get(0), r.get(1));
        assertThat(runIds(exp, "(metrics.auc < 0.15 OR metrics.auc > 0.25) AND tags.group = 'Odd'", List.of()))
                .containsExactlyInAnyOrder(r.get(0), r.get(2));
        assertThat(runIds(exp, "metrics.auc < 0.15 OR (metrics.auc > 0.25 AND attributes.user_id = 'alice')", List.of())).containsExactly(r.get(0));
    }

    @Test
    void orderByMetricParamAndAttribute() {
        String exp = newExperiment();
        List<String> r = threeRuns(exp);
        String noMetric = store.createRun(exp, "carol", "run-4", 500, List.of()).runId();
        assertThat(runIds(exp, null, List.of("metrics.auc DESC"))).containsExactly(r.get(2), r.get(1), r.get(0), noMetric);
        assertThat(runIds(exp, null, List.of("metrics.auc"))).containsExactly(r.get(0), r.get(1), r.get(2), noMetric);
        assertThat(runIds(exp, null, List.of("params.model ASC"))).containsExactly(r.get(1), r.get(0), r.get(2), noMetric);
        assertThat(runIds(exp, null, List.of("attributes.start_time ASC"))).containsExactly(noMetric, r.get(0), r.get(1), r.get(2));
        assertThat(runIds(exp, null, List.of())).containsExactly(r.get(2), r.get(1), r.get(0), noMetric); // start_time DESC
        // binary collation: "even" > "Odd"
        assertThat(runIds(exp, null, List.of("tags.group DESC", "metrics.auc DESC"))).containsExactly(r.get(1), r.get(2), r.get(0), noMetric);
        assertError(ErrorCode.INVALID_INPUT, "unknown field", () -> runIds(exp, null, List.of("nonsense.x")));
        assertError(ErrorCode.INVALID_INPUT, "ASC, DESC", () -> runIds(exp, null, List.of("metrics.auc SIDEWAYS")));
    }

    @Test
    void pagingWalksEveryRunOnceAndRejectsBadTokens() {
        String exp = newExperiment();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(store.createRun(exp, "u", null, 10_000 + i, List.of()).runId());
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<Run> p = store.searchRuns(new RunSearch(List.of(exp), "attributes.status = 'RUNNING'", ViewType.ACTIVE_ONLY, 3, List.of(), token));
            p.items().forEach(run -> seen.add(run.info().runId()));
            token = p.nextPageToken();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        List<String> expected = new ArrayList<>(created);
        Collections.reverse(expected);
        assertThat(seen).isEqualTo(expected);

        String second = store.searchRuns(new RunSearch(List.of(exp), null, ViewType.ACTIVE_ONLY, 3, List.of(), null)).nextPageToken();
        assertError(ErrorCode.INVALID_INPUT, "page_token", () -> store.searchRuns(new RunSearch(List.of(exp), "metrics.x > 1", ViewType.ACTIVE_ONLY, 3, List.of(), second)));
        assertError(ErrorCode.INVALID_INPUT, "page_token", () -> store.searchRuns(new RunSearch(List.of(exp), null, ViewType.ACTIVE_ONLY, 3, List.of(), "!!not-base64!!")));
        assertError(ErrorCode.INVALID_INPUT, "page_token", () -> store.searchRuns(new RunSearch(List.of(exp), null, ViewType.ACTIVE_ONLY, 3, List.of(), "MTIz")));
        assertError(ErrorCode.INVALID_INPUT, "max_results", () -> store.searchRuns(new RunSearch(List.of(exp), null, ViewType.ACTIVE_ONLY, 50_001, List.of(), null)));
    }

    @Test
    void filterErrorsNamePositionAndExpectation() {
        String exp = newExperiment();
        assertError(ErrorCode.INVALID_INPUT, "character 13", () -> runIds(exp, "metrics.auc ~ 1", List.of()));
        assertError(ErrorCode.INVALID_INPUT, "expected a number", () -> runIds(exp, "metrics.auc > 'high'", List.of()));
        assertError(ErrorCode.INVALID_INPUT, "expected a quoted string", () -> runIds(exp, "params.lr = 0.1", List.of()));
        assertError(ErrorCode.INVALID_INPUT, "unknown field 'foo.bar'", () -> runIds(exp, "foo.bar = 'x'", List.of()));
        assertError(ErrorCode.INVALID_INPUT, "unterminated", () -> runIds(exp, "params.lr = '0.1", List.of()));
        assertError(ErrorCode.INVALID_INPUT, "')'", () -> runIds(exp, "(metrics.a > 1", List.of()));
        assertError(ErrorCode.INVALID_INPUT, "LIKE", () -> runIds(exp, "metrics.a LIKE 'x'", List.of()));
        // user values are bound, never spliced: an injection attempt is just a string that matches nothing
        assertThat(runIds(exp, "params.x = 'a'' OR 1=1 --'", List.of())).isEmpty();
    }

    @Test
    void searchAcrossExperiments() {
        String tag = unique("cross");
        String a = newRun(newExperiment()).runId();
        String b = newRun(newExperiment()).runId();
        store.setTag(a, new Tag("batch", tag));
        store.setTag(b, new Tag("batch", tag));
        Page<Run> p = store.searchRuns(new RunSearch(List.of(), "tags.batch = '" + tag + "'", ViewType.ACTIVE_ONLY, 10, List.of(), null));
        assertThat(p.items()).extracting(r -> r.info().runId()).containsExactlyInAnyOrder(a, b);
    }

    // ---- registry

    @Test
    void registeredModelCrudTagsAndSearch() {
        String name = unique("model");
        RegisteredModel m = registry.createRegisteredModel(name, "first", List.of(new Tag("team", "risk")));
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.tags()).containsExactly(new Tag("team", "risk"));
        assertError(ErrorCode.ALREADY_EXISTS, name, () -> registry.createRegisteredModel(name, null, List.of()));
        assertThat(registry.updateRegisteredModel(name, "second").description()).isEqualTo("second");
        registry.setRegisteredModelTag(name, "owner", "bob");
        registry.deleteRegisteredModelTag(name, "team");
        assertThat(registry.getRegisteredModel(name).tags()).containsExactly(new Tag("owner", "bob"));

        String renamed = name + "-renamed";
        registry.createModelVersion(name, "runs:/abc/model", null, List.of(), null);
        assertThat(registry.renameRegisteredModel(name, renamed).latestVersions()).extracting(ModelVersion::name).containsExactly(renamed);
        assertError(ErrorCode.NOT_FOUND, name, () -> registry.getRegisteredModel(name));
        assertThat(registry.searchRegisteredModels(new SearchRequest("name LIKE '" + name + "%'", 10, List.of(), null)).items())
                .extracting(RegisteredModel::name).containsExactly(renamed);
        assertThat(registry.searchRegisteredModels(new SearchRequest("name = '" + renamed + "' AND tags.owner = 'bob'", 10, List.of(), null)).items()).hasSize(1);
        assertThat(registry.searchRegisteredModels(new SearchRequest("name ILIKE '" + renamed.toUpperCase() + "'", 10, List.of(), null)).items()).hasSize(1);
        registry.deleteRegisteredModel(renamed);
        assertError(ErrorCode.NOT_FOUND, renamed, () -> registry.getRegisteredModel(renamed));
        assertThat(registry.searchModelVersions(new SearchRequest("name = '" + renamed + "'", 10, List.of(), null)).items()).isEmpty();
    }

    @Test
    void versionsNumberPerModelAndAreNeverReused() {
        String a = unique("model");
        String b = unique("model");
        registry.createRegisteredModel(a, null, List.of());
        registry.createRegisteredModel(b, null, List.of());
        String run = newRun(newExperiment()).runId();
        ModelVersion a1 = registry.createModelVersion(a, "runs:/" + run + "/model", run, List.of(new Tag("k", "v")), "d1");
        ModelVersion a2 = registry.createModelVersion(a, "runs:/" + run + "/model", run, List.of(), null);
        ModelVersion b1 = registry.createModelVersion(b, "mlflow-artifacts:/1/x/artifacts/model", null, List.of(), null);
        assertThat(List.of(a1.version(), a2.version(), b1.version())).containsExactly("1", "2", "1");
        assertThat(a1.status()).isEqualTo("READY");
        assertThat(a1.currentStage()).isEqualTo("None");
        assertThat(a1.tags()).containsExactly(new Tag("k", "v"));
        assertThat(registry.getModelVersion(a, "1").runId()).isEqualTo(run);
        assertThat(registry.updateModelVersion(a, "1", "new").description()).isEqualTo("new");
        registry.setModelVersionTag(a, "2", "stage", "qa");
        registry.deleteModelVersionTag(a, "1", "k");
        assertThat(registry.getModelVersion(a, "1").tags()).isEmpty();
        registry.deleteModelVersion(a, "2");
        assertError(ErrorCode.NOT_FOUND, "version=2", () -> registry.getModelVersion(a, "2"));
        assertThat(registry.createModelVersion(a, "runs:/" + run + "/model", run, List.of(), null).version()).isEqualTo("3");
        assertError(ErrorCode.INVALID_INPUT, "positive integer", () -> registry.getModelVersion(a, "one"));
        assertError(ErrorCode.NOT_FOUND, "missing", () -> registry.createModelVersion("missing-" + a, "runs:/x/m", null, List.of(), null));

        assertThat(registry.searchModelVersions(new SearchRequest("run_id = '" + run + "'", 10, List.of(), null)).items())
                .extracting(ModelVersion::version).containsExactly("3", "1");
        assertThat(registry.searchModelVersions(new SearchRequest("name = '" + b + "'", 10, List.of(), null)).items()).hasSize(1);
        assertThat(registry.searchModelVersions(new SearchRequest("name = '" + a + "' AND tags.stage = 'qa'", 10, List.of(), null)).items()).isEmpty();
    }

    @Test
    void modelSourcesMustNotPointAtLocalFilesOrOtherHosts() {
        String name = unique("model");
        registry.createRegisteredModel(name, null, List.of());
        for (String bad : List.of("/etc/passwd", "file:///etc/passwd", "http://169.254.169.254/", "runs://evil/x", "runs:/abc/../../etc",
                "mlflow-artifacts:/%2e%2e/x", "runs:/%zz/x", "C:\\x", "")) {
            assertError(ErrorCode.INVALID_INPUT, "source", () -> registry.createModelVersion(name, bad, null, List.of(), null));
        }
    }

    @Test
    void aliasesMoveAndResolve() {
        String name = unique("model");
        registry.createRegisteredModel(name, null, List.of());
        registry.createModelVersion(name, "runs:/a/model", null, List.of(), null);
        registry.createModelVersion(name, "runs:/b/model", null, List.of(), null);
        registry.setAlias(name, "champion", "1");
        registry.setAlias(name, "challenger", "2");
        assertThat(registry.getModelVersionByAlias(name, "champion").version()).isEqualTo("1");
        registry.setAlias(name, "champion", "2");
        assertThat(registry.getModelVersionByAlias(name, "champion").version()).isEqualTo("2");
        assertThat(registry.getModelVersion(name, "2").aliases()).containsExactly("challenger", "champion");
        assertThat(registry.getModelVersion(name, "1").aliases()).isEmpty();
        assertThat(registry.getRegisteredModel(name).aliases())
                .containsExactly(new RegisteredModelAlias("challenger", "2"), new RegisteredModelAlias("champion", "2"));
        registry.deleteAlias(name, "challenger");
        assertError(ErrorCode.NOT_FOUND, "challenger", () -> registry.getModelVersionByAlias(name, "challenger"));
        assertError(ErrorCode.NOT_FOUND, "version=9", () -> registry.setAlias(name, "x", "9"));
        assertError(ErrorCode.INVALID_INPUT, "reserved", () -> registry.setAlias(name, "latest", "1"));
        assertError(ErrorCode.INVALID_INPUT, "reserved", () -> registry.setAlias(name, "v3", "1"));
        registry.deleteModelVersion(name, "2");
        assertError(ErrorCode.NOT_FOUND, "champion", () -> registry.getModelVersionByAlias(name, "champion"));
    }

    @Test
    void latestVersionsPerStageAndTransitions() {
        String name = unique("model");
        registry.createRegisteredModel(name, null, List.of());
        for (int i = 0; i < 4; i++) {
            registry.createModelVersion(name, "runs:/r" + i + "/model", null, List.of(), null);
        }
        registry.transitionModelVersionStage(name, "1", "production", false);
        registry.transitionModelVersionStage(name, "2", "Staging", false);
        assertThat(registry.getLatestVersions(name, List.of())).extracting(v -> v.version() + ":" + v.currentStage())
                .containsExactly("1:Production", "2:Staging", "4:None");
        assertThat(registry.getLatestVersions(name, List.of("Production"))).extracting(ModelVersion::version).containsExactly("1");
        registry.transitionModelVersionStage(name, "3", "Production", true);
        assertThat(registry.getModelVersion(name, "1").currentStage()).isEqualTo("Archived");
        assertThat(registry.getLatestVersions(name, List.of("production", "archived"))).extracting(ModelVersion::version).containsExactly("1", "3");
        assertThat(registry.getRegisteredModel(name).latestVersions()).extracting(ModelVersion::version).containsExactly("1", "2", "3", "4");
        assertError(ErrorCode.INVALID_INPUT, "stage", () -> registry.transitionModelVersionStage(name, "1", "Prod", false));
    }

    // ---- concurrency, gc, tracker

    @Test
    void concurrentBatchesAllLand() throws Exception {
        String exp = newExperiment();
        List<String> runs = IntStream.range(0, 4).mapToObj(i -> newRun(exp).runId()).toList();
        int threads = 16;
        int batches = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    String run = runs.get(thread % runs.size());
                    for (int b = 0; b < batches; b++) {
                        List<Metric> metrics = new ArrayList<>();
                        for (int i = 0; i < 50; i++) {
                            metrics.add(new Metric("t" + thread, b * 50 + i, 1000 + b, b * 50L + i));
                        }
                        store.logBatch(run, metrics, List.of(new Param("p" + thread + "-" + b, "v")), List.of(new Tag("last", "t" + thread)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int t = 0; t < threads; t++) {
            String run = runs.get(t % runs.size());
            assertThat(store.getMetricHistory(run, "t" + t, 0, null).items()).hasSize(batches * 50);
        }
        int params = runs.stream().mapToInt(r -> store.getRun(r).data().params().size()).sum();
        assertThat(params).isEqualTo(threads * batches);
        Metric latest = store.getRun(runs.get(0)).data().metrics().stream().filter(m -> m.key().equals("t0")).findFirst().orElseThrow();
        assertThat(latest.step()).isEqualTo(batches * 50L - 1);
    }

    @Test
    void garbageCollectorRemovesDeletedRunsAndTheirArtifacts() throws Exception {
        String exp = newExperiment();
        RunInfo keep = newRun(exp);
        RunInfo drop = newRun(exp);
        for (RunInfo r : List.of(keep, drop)) {
            artifacts.put(r.artifactUri(), "model/model.zip", new ByteArrayInputStream("zip".getBytes(StandardCharsets.UTF_8)));
            store.logMetric(r.runId(), new Metric("m", 1, 1, 0));
        }
        store.deleteRun(drop.runId());
        assertThat(new GarbageCollector(store, artifacts).collect(0).purgedRunIds()).doesNotContain(drop.runId()); // cutoff before deletion
        GarbageCollector.Result result = new GarbageCollector(store, artifacts).collect(Long.MAX_VALUE);
        assertThat(result.purgedRunIds()).contains(drop.runId()).doesNotContain(keep.runId());
        assertError(ErrorCode.NOT_FOUND, drop.runId(), () -> store.getRun(drop.runId()));
        assertThat(artifacts.list(drop.artifactUri(), null)).isEmpty();
        assertThat(Files.exists(artifactRoot.resolve(exp).resolve(drop.runId()))).isFalse();
        try (InputStream in = artifacts.open(keep.artifactUri(), "model/model.zip")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("zip");
        }
        assertError(ErrorCode.INVALID_STATE, "active", () -> store.purgeRun(keep.runId()));
    }

    @Test
    void purgingARunWhileItIsBeingLoggedLeavesNoPointsBehind() throws Exception {
        for (int round = 0; round < 5; round++) {
            RunInfo run = newRun(newExperiment());
            java.util.concurrent.CountDownLatch logging = new java.util.concurrent.CountDownLatch(1);
            Thread writer = Thread.ofPlatform().start(() -> {
                for (int b = 0; ; b++) {
                    List<Metric> points = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        points.add(new Metric("m" + (i % 5), i, 1, b * 500L + i));
                    }
                    try {
                        store.logBatch(run.runId(), points, List.of(), List.of());
                    } catch (ModelyardException e) {
                        return; // deleted or purged: the writer stops
                    } finally {
                        logging.countDown();
                    }
                }
            });
            logging.await();
            store.deleteRun(run.runId());
            store.purgeRun(run.runId());
            writer.join(30_000);
            assertThat(writer.isAlive()).isFalse();
            assertError(ErrorCode.NOT_FOUND, run.runId(), () -> store.getRun(run.runId()));
        }
        assertThat(orphanMetricPoints()).isZero();
    }

    @Test
    void trackerLogsARunEndToEnd() throws Exception {
        String experiment = unique("tracker");
        Path file = Files.createTempFile("report", ".json");
        Files.writeString(file, "{\"auc\":0.9}");
        String runId;
        try (Tracker.ActiveRun run = Tracker.of(store, artifacts).experiment(experiment).start("baseline")) {
            run.param("max_depth", 6).metric("auc", 0.91, 0).curve("train_loss", new double[] {0.9, 0.5, 0.3}).tag("team", "risk")
                    .input("adult", "fp-123", "adult.csv", null, "train").artifact("report/report.json", file);
            runId = run.runId();
        }
        Run run = store.getRun(runId);
        assertThat(run.info().status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.info().endTime()).isNotNull();
        assertThat(store.getExperimentByName(experiment).experimentId()).isEqualTo(run.info().experimentId());
        assertThat(run.data().params()).containsExactly(new Param("max_depth", "6"));
        assertThat(store.getMetricHistory(runId, "train_loss", 0, null).items()).extracting(Metric::value).containsExactly(0.9, 0.5, 0.3);
        assertThat(run.inputs().datasetInputs()).singleElement().satisfies(i -> assertThat(i.dataset().digest()).isEqualTo("fp-123"));
        assertThat(artifacts.list(run.info().artifactUri(), "report")).singleElement()
                .satisfies(a -> assertThat(a.path()).isEqualTo("report/report.json"));

        String failedId;
        try (Tracker.ActiveRun failing = Tracker.of(store, artifacts).experiment(experiment).start(null)) {
            failedId = failing.runId();
            failing.failed(new IllegalStateException("diverged"));
        }
        assertThat(store.getRun(failedId).info().status()).isEqualTo(RunStatus.FAILED);
        assertThat(store.getRun(failedId).data().tags()).contains(new Tag("modelyard.failure", "diverged"));
        assertThat(store.getRun(failedId).info().startTime()).isCloseTo(System.currentTimeMillis(), within(60_000L));
    }
}
