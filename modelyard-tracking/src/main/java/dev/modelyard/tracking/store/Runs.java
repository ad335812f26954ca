package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.LifecycleStage;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.RunSearch;
import dev.modelyard.tracking.api.RunStatus;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.validation.Limits;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Run lifecycle and search on a {@link Database}. */
final class Runs {
    static final String RUN_NAME_TAG = "mlflow.runName";

    private final Database db;

    Runs(Database db) {
        this.db = db;
    }

    RunInfo create(String experimentId, String userId, String runName, long startTime, List<Tag> tags) {
        for (Tag t : tags) {
            Limits.tag(t);
        }
        String name = runName != null && !runName.isBlank() ? runName
                : tags.stream().filter(t -> t.key().equals(RUN_NAME_TAG)).map(Tag::value).findFirst().orElseGet(Ids::runName);
        Limits.value("run_name", name, Limits.MAX_NAME_LENGTH);
        return db.write(c -> {
            long expId = Experiments.requireActive(c, experimentId);
            String location = Sql.one(c, "SELECT artifact_location FROM experiments WHERE experiment_id = ?", List.of(expId), rs -> rs.getString(1));
            String runId = Ids.newRunId();
            String artifactUri = location + "/" + runId + "/artifacts";
            long start = startTime > 0 ? startTime : System.currentTimeMillis();
            long id = Sql.one(c, "INSERT INTO runs (run_uuid, experiment_id, name, user_id, status, start_time, artifact_uri, lifecycle_stage)"
                    + " VALUES (?, ?, ?, ?, 'RUNNING', ?, ?, 'active') RETURNING id",
                    java.util.Arrays.asList(runId, expId, name, userId, start, artifactUri), rs -> rs.getLong(1));
            List<Tag> all = new ArrayList<>(tags.stream().filter(t -> !t.key().equals(RUN_NAME_TAG)).toList());
            all.add(new Tag(RUN_NAME_TAG, name));
            RunLogging.upsertTags(c, id, all);
            return new RunInfo(runId, name, Long.toString(expId), userId, RunStatus.RUNNING, start, null, artifactUri, LifecycleStage.ACTIVE);
        });
    }

    Run get(String runId) {
        String id = Ids.requireRunId(runId);
        return db.read(c -> RunDataLoader.load(c, List.of(row(c, id))).getFirst());
    }

    RunInfo update(String runId, RunStatus status, Long endTime, String runName) {
        String id = Ids.requireRunId(runId);
        if (runName != null) {
            Limits.value("run_name", runName, Limits.MAX_NAME_LENGTH);
        }
        return db.write(c -> {
            Rows.RunRow row = requireActive(c, id);
            List<Object> binds = new ArrayList<>();
            StringBuilder set = new StringBuilder();
            if (status != null) {
                set.append("status = ?, ");
                binds.add(status.name());
            }
            if (endTime != null) {
                set.append("end_time = ?, ");
                binds.add(endTime);
            }
            if (runName != null && !runName.isBlank()) {
                set.append("name = ?, ");
                binds.add(runName);
                RunLogging.upsertTags(c, row.id(), List.of(new Tag(RUN_NAME_TAG, runName)));
            }
            if (!set.isEmpty()) {
                binds.add(row.id());
                Sql.updateNullable(c, "UPDATE runs SET " + set.substring(0, set.length() - 2) + " WHERE id = ?", binds);
            }
            return row(c, id).info();
        });
    }

    void delete(String runId) {
        String id = Ids.requireRunId(runId);
        db.write(c -> {
            row(c, id);
            return Sql.update(c, "UPDATE runs SET lifecycle_stage = 'deleted', deleted_time = ? WHERE run_uuid = ?", System.currentTimeMillis(), id);
        });
    }

    void restore(String runId) {
        String id = Ids.requireRunId(runId);
        db.write(c -> {
            Rows.RunRow row = row(c, id);
            String stage = Sql.one(c, "SELECT lifecycle_stage FROM experiments WHERE experiment_id = ?",
                    List.of(Long.parseLong(row.info().experimentId())), rs -> rs.getString(1));
            if (!"active".equals(stage)) {
                throw new ModelyardException(ErrorCode.INVALID_STATE, "Cannot restore run " + id + ": its experiment "
                        + row.info().experimentId() + " is deleted; restore the experiment first");
            }
            return Sql.update(c, "UPDATE runs SET lifecycle_stage = 'active', deleted_time = NULL WHERE run_uuid = ?", id);
        });
    }

    Page<Run> search(RunSearch search) {
        List<Object> fixedBinds = new ArrayList<>();
        StringBuilder where = new StringBuilder(Experiments.lifecycle("r", search.viewType()));
        if (!search.experimentIds().isEmpty()) {
            where.append(" AND r.experiment_id IN (").append(Sql.placeholders(search.experimentIds().size())).append(')');
            for (String e : search.experimentIds()) {
                fixedBinds.add(Ids.experiment(e));
            }
        }
        SearchPlan plan = SearchPlan.of("SELECT " + Rows.RUN_COLUMNS + " FROM runs r", where.toString(), fixedBinds, RunFields.INSTANCE,
                search.request(), 1000, List.of("r.start_time DESC", "r.run_uuid ASC"),
                "runs|" + search.viewType() + "|" + String.join(",", search.experimentIds()), db.dialect());
        return db.read(c -> plan.page(RunDataLoader.load(c, Sql.query(c, plan.sql(), plan.binds(), Rows::run))));
    }

    List<RunInfo> deleted(long deletedBefore) {
        return db.read(c -> Sql.query(c, "SELECT " + Rows.RUN_COLUMNS + " FROM runs r WHERE r.lifecycle_stage = 'deleted'"
                + " AND r.deleted_time < ? ORDER BY r.deleted_time", List.of(deletedBefore), rs -> Rows.run(rs).info()));
    }

    void purge(String runId) {
        String id = Ids.requireRunId(runId);
        db.write(c -> {
            Rows.RunRow row = row(c, id);
            if (row.info().lifecycleStage() != LifecycleStage.DELETED) {
                throw new ModelyardException(ErrorCode.INVALID_STATE, "Run " + id + " is active; only deleted runs can be purged");
            }
            // Deleting the row first locks it, so a metrics write holding its key-share lock commits before the
            // points are removed; the other children go by ON DELETE CASCADE.
            // (A run restored meanwhile is kept.)
            int deleted = Sql.update(c, "DELETE FROM runs WHERE id = ? AND lifecycle_stage = 'deleted'", row.id());
            if (deleted > 0) {
                Sql.update(c, "DELETE FROM metrics WHERE run_id = ?", row.id());
            }
            return deleted;
        });
    }

    static Rows.RunRow row(Connection c, String runId) throws SQLException {
        return row(c, runId, "");
    }

    private static Rows.RunRow row(Connection c, String runId, String lock) throws SQLException {
        Rows.RunRow row = Sql.one(c, "SELECT " + Rows.RUN_COLUMNS + " FROM runs r WHERE r.run_uuid = ?" + lock, List.of(runId), Rows::run);
        if (row == null) {
            throw ModelyardException.notFound("Run with id=" + runId + " not found");
        }
        return row;
    }

    static Rows.RunRow requireActive(Connection c, String runId) throws SQLException {
        return active(row(c, runId), runId);
    }

    /**
     * {@link #requireActive} for writes of metric points. On PostgreSQL the run row stays key-share locked until
     * commit: {@code metrics} has no foreign key there (its per-row check cost a fifth of ingest), so this one
     * lock is what makes a concurrent {@link #purge} wait and then remove the points too, never leave orphans.
     */
    static Rows.RunRow requireActiveForPoints(Connection c, String runId, Dialect dialect) throws SQLException {
        return active(row(c, runId, dialect == Dialect.POSTGRESQL ? " FOR KEY SHARE" : ""), runId);
    }

    private static Rows.RunRow active(Rows.RunRow row, String runId) {
        if (row.info().lifecycleStage() != LifecycleStage.ACTIVE) {
            throw new ModelyardException(ErrorCode.INVALID_STATE, "The run " + runId + " must be in the 'active' state. Current state is deleted.");
        }
        return row;
    }
}
