package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.Experiment;
import dev.modelyard.tracking.api.LifecycleStage;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.api.ViewType;
import dev.modelyard.tracking.validation.ArtifactUris;
import dev.modelyard.tracking.validation.Limits;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Experiment operations on a {@link Database}. */
final class Experiments {
    private static final String COLUMNS = "e.experiment_id, e.name, e.artifact_location, e.lifecycle_stage, e.creation_time, e.last_update_time";

    private final Database db;

    Experiments(Database db) {
        this.db = db;
    }

    String create(String name, String artifactLocation, List<Tag> tags) {
        Limits.name("experiment name", name);
        String location = ArtifactUris.experimentLocation(artifactLocation);
        for (Tag t : tags) {
            Limits.tag(t);
        }
        return db.write(c -> {
            if (Sql.one(c, "SELECT 1 FROM experiments WHERE name = ?", List.of(name), rs -> 1) != null) {
                throw new ModelyardException(ErrorCode.ALREADY_EXISTS, "Experiment(name=" + name + ") already exists");
            }
            long now = System.currentTimeMillis();
            long id = Sql.one(c, "INSERT INTO experiments (name, artifact_location, lifecycle_stage, creation_time, last_update_time)"
                    + " VALUES (?, ?, 'active', ?, ?) RETURNING experiment_id", List.of(name, location == null ? "" : location, now, now),
                    rs -> rs.getLong(1));
            if (location == null) {
                Sql.update(c, "UPDATE experiments SET artifact_location = ? WHERE experiment_id = ?", ArtifactUris.SCHEME + "/" + id, id);
            }
            for (Tag t : tags) {
                setTag(c, id, t.key(), t.value());
            }
            return Long.toString(id);
        });
    }

    Experiment get(String experimentId) {
        return db.read(c -> load(c, "e.experiment_id = ?", Ids.experiment(experimentId), "id=" + experimentId));
    }

    Experiment getByName(String name) {
        Limits.name("experiment_name", name);
        return db.read(c -> load(c, "e.name = ?", name, "name=" + name));
    }

    private static Experiment load(Connection c, String where, Object key, String what) throws SQLException {
        List<Experiment> found = withTags(c, Sql.query(c, "SELECT " + COLUMNS + " FROM experiments e WHERE " + where, List.of(key), Experiments::row));
        if (found.isEmpty()) {
            throw ModelyardException.notFound("No Experiment with " + what + " exists");
        }
        return found.getFirst();
    }

    Page<Experiment> search(SearchRequest request, ViewType view) {
        SearchPlan plan = SearchPlan.of("SELECT " + COLUMNS + " FROM experiments e", lifecycle("e", view), List.of(),
                TableFields.EXPERIMENTS, request, 1000, List.of("e.creation_time DESC", "e.experiment_id ASC"),
                "experiments|" + view, db.dialect());
        return db.read(c -> plan.page(withTags(c, Sql.query(c, plan.sql(), plan.binds(), Experiments::row))));
    }

    void rename(String experimentId, String newName) {
        Limits.name("new experiment name", newName);
        db.write(c -> {
            long id = requireActive(c, experimentId);
            if (Sql.one(c, "SELECT 1 FROM experiments WHERE name = ? AND experiment_id <> ?", List.of(newName, id), rs -> 1) != null) {
                throw new ModelyardException(ErrorCode.ALREADY_EXISTS, "Experiment(name=" + newName + ") already exists");
            }
            return Sql.update(c, "UPDATE experiments SET name = ?, last_update_time = ? WHERE experiment_id = ?", newName, System.currentTimeMillis(), id);
        });
    }

    /** Soft-deletes the experiment and its active runs (as MLflow does), so restore brings them back. */
    void delete(String experimentId) {
        db.write(c -> {
            long id = requireExists(c, experimentId);
            if (id == 0) {
                throw new ModelyardException(ErrorCode.INVALID_STATE, "Cannot delete the default experiment '0'");
            }
            long now = System.currentTimeMillis();
            Sql.update(c, "UPDATE experiments SET lifecycle_stage = 'deleted', deleted_time = ?, last_update_time = ? WHERE experiment_id = ?", now, now, id);
            return Sql.update(c, "UPDATE runs SET lifecycle_stage = 'deleted', deleted_time = ? WHERE experiment_id = ? AND lifecycle_stage = 'active'", now, id);
        });
    }

    void restore(String experimentId) {
        db.write(c -> {
            long id = requireExists(c, experimentId);
            Sql.update(c, "UPDATE experiments SET lifecycle_stage = 'active', deleted_time = NULL, last_update_time = ? WHERE experiment_id = ?",
                    System.currentTimeMillis(), id);
            return Sql.update(c, "UPDATE runs SET lifecycle_stage = 'active', deleted_time = NULL WHERE experiment_id = ? AND lifecycle_stage = 'deleted'", id);
        });
    }

    void setTag(String experimentId, String key, String value) {
        Limits.tag(new Tag(key, value));
        db.write(c -> {
            long id = requireActive(c, experimentId);
            setTag(c, id, key, value);
            return Sql.update(c, "UPDATE experiments SET last_update_time = ? WHERE experiment_id = ?", System.currentTimeMillis(), id);
        });
    }

    private static void setTag(Connection c, long id, String key, String value) throws SQLException {
        Sql.update(c, "INSERT INTO experiment_tags (experiment_id, key, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value", id, key, value);
    }

    /** The numeric id of an existing experiment; NOT_FOUND otherwise. */
    static long requireExists(Connection c, String experimentId) throws SQLException {
        return stage(c, experimentId).getKey();
    }

    /** The numeric id of an active experiment; NOT_FOUND or INVALID_STATE otherwise. */
    static long requireActive(Connection c, String experimentId) throws SQLException {
        Map.Entry<Long, LifecycleStage> e = stage(c, experimentId);
        if (e.getValue() != LifecycleStage.ACTIVE) {
            throw new ModelyardException(ErrorCode.INVALID_STATE, "The experiment " + experimentId + " must be in the 'active' state; it is deleted");
        }
        return e.getKey();
    }

    private static Map.Entry<Long, LifecycleStage> stage(Connection c, String experimentId) throws SQLException {
        long id = Ids.experiment(experimentId);
        String stage = Sql.one(c, "SELECT lifecycle_stage FROM experiments WHERE experiment_id = ?", List.of(id), rs -> rs.getString(1));
        if (stage == null) {
            throw ModelyardException.notFound("No Experiment with id=" + experimentId + " exists");
        }
        return Map.entry(id, LifecycleStage.parse(stage));
    }

    static String lifecycle(String alias, ViewType view) {
        return switch (view) {
            case ACTIVE_ONLY -> alias + ".lifecycle_stage = 'active'";
            case DELETED_ONLY -> alias + ".lifecycle_stage = 'deleted'";
            case ALL -> "1=1";
        };
    }

    private static Experiment row(ResultSet rs) throws SQLException {
        return new Experiment(Long.toString(rs.getLong("experiment_id")), rs.getString("name"), rs.getString("artifact_location"),
                LifecycleStage.parse(rs.getString("lifecycle_stage")), rs.getLong("last_update_time"), rs.getLong("creation_time"), List.of());
    }

    private static List<Experiment> withTags(Connection c, List<Experiment> experiments) throws SQLException {
        if (experiments.isEmpty()) {
            return experiments;
        }
        Map<String, List<Tag>> tags = new LinkedHashMap<>();
        List<Object> ids = new ArrayList<>();
        for (Experiment e : experiments) {
            tags.put(e.experimentId(), new ArrayList<>());
            ids.add(Long.parseLong(e.experimentId()));
        }
        for (List<Object> chunk : Chunks.of(ids)) {
            for (Map.Entry<String, Tag> t : Sql.query(c, "SELECT experiment_id, key, value FROM experiment_tags WHERE experiment_id IN ("
                    + Sql.placeholders(chunk.size()) + ") ORDER BY key", chunk,
                    rs -> Map.entry(Long.toString(rs.getLong(1)), new Tag(rs.getString(2), rs.getString(3))))) {
                tags.get(t.getKey()).add(t.getValue());
            }
        }
        List<Experiment> out = new ArrayList<>();
        for (Experiment e : experiments) {
            out.add(new Experiment(e.experimentId(), e.name(), e.artifactLocation(), e.lifecycleStage(), e.lastUpdateTime(),
                    e.creationTime(), tags.get(e.experimentId())));
        }
        return out;
    }
}
