package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.RegisteredModel;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.validation.ArtifactUris;
import dev.modelyard.tracking.validation.Limits;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** {@link ModelRegistry} over SQLite or PostgreSQL; reads of whole entities are in {@link RegistryReads}. */
public final class JdbcModelRegistry implements ModelRegistry {
    private final Database db;

    public JdbcModelRegistry(Database db) {
        this.db = db;
    }

    @Override
    public RegisteredModel createRegisteredModel(String name, String description, List<Tag> tags) {
        Limits.name("registered model name", name);
        List<Tag> all = tags == null ? List.of() : tags;
        all.forEach(Limits::tag);
        return db.write(c -> {
            if (Sql.one(c, "SELECT 1 FROM registered_models WHERE name = ?", List.of(name), rs -> 1) != null) {
                throw new ModelyardException(ErrorCode.ALREADY_EXISTS, "Registered Model (name=" + name + ") already exists.");
            }
            long now = System.currentTimeMillis();
            long id = Sql.one(c, "INSERT INTO registered_models (name, creation_time, last_updated_time, description) VALUES (?, ?, ?, ?) RETURNING id",
                    Arrays.asList(name, now, now, description), rs -> rs.getLong(1));
            for (Tag t : all) {
                upsertModelTag(c, id, t.key(), t.value());
            }
            return RegistryReads.model(c, name);
        });
    }

    @Override
    public RegisteredModel getRegisteredModel(String name) {
        Limits.name("registered model name", name);
        return db.read(c -> RegistryReads.model(c, name));
    }

    @Override
    public RegisteredModel renameRegisteredModel(String name, String newName) {
        Limits.name("new registered model name", newName);
        return db.write(c -> {
            long id = RegistryReads.modelId(c, name);
            if (Sql.one(c, "SELECT 1 FROM registered_models WHERE name = ? AND id <> ?", List.of(newName, id), rs -> 1) != null) {
                throw new ModelyardException(ErrorCode.ALREADY_EXISTS, "Registered Model (name=" + newName + ") already exists.");
            }
            Sql.update(c, "UPDATE registered_models SET name = ?, last_updated_time = ? WHERE id = ?", newName, System.currentTimeMillis(), id);
            return RegistryReads.model(c, newName);
        });
    }

    @Override
    public RegisteredModel updateRegisteredModel(String name, String description) {
        return db.write(c -> {
            long id = RegistryReads.modelId(c, name);
            Sql.updateNullable(c, "UPDATE registered_models SET description = ?, last_updated_time = ? WHERE id = ?",
                    Arrays.asList(description, System.currentTimeMillis(), id));
            return RegistryReads.model(c, name);
        });
    }

    @Override
    public void deleteRegisteredModel(String name) {
        db.write(c -> Sql.update(c, "DELETE FROM registered_models WHERE id = ?", RegistryReads.modelId(c, name)));
    }

    @Override
    public Page<RegisteredModel> searchRegisteredModels(SearchRequest request) {
        SearchPlan plan = SearchPlan.of("SELECT m.name FROM registered_models m", "1=1", List.of(), TableFields.MODELS, request, 100,
                List.of("m.name ASC"), "models", db.dialect());
        return db.read(c -> {
            Page<String> names = plan.page(Sql.query(c, plan.sql(), plan.binds(), rs -> rs.getString(1)));
            List<RegisteredModel> models = new java.util.ArrayList<>();
            for (String n : names.items()) {
                models.add(RegistryReads.model(c, n));
            }
            return new Page<>(models, names.nextPageToken());
        });
    }

    @Override
    public void setRegisteredModelTag(String name, String key, String value) {
        Limits.tag(new Tag(key, value));
        db.write(c -> {
            long id = RegistryReads.modelId(c, name);
            upsertModelTag(c, id, key, value);
            return touch(c, id);
        });
    }

    @Override
    public void deleteRegisteredModelTag(String name, String key) {
        deleteChild(name, "DELETE FROM registered_model_tags WHERE model_id = ? AND key = ?", key,
                "No tag with key '" + key + "' on registered model '" + name + "'");
    }

    @Override
    public ModelVersion createModelVersion(String name, String source, String runId, List<Tag> tags, String description) {
        ArtifactUris.modelSource(source);
        List<Tag> all = tags == null ? List.of() : tags;
        all.forEach(Limits::tag);
        return db.write(c -> {
            long id = RegistryReads.modelId(c, name);
            long now = System.currentTimeMillis();
            // the counter row is locked by this update, so concurrent registrations get distinct numbers
            long version = Sql.one(c, "UPDATE registered_models SET last_version = last_version + 1, last_updated_time = ? WHERE id = ? RETURNING last_version",
                    List.of(now, id), rs -> rs.getLong(1));
            Sql.updateNullable(c, "INSERT INTO model_versions (model_id, version, creation_time, last_updated_time, description, user_id,"
                    + " current_stage, source, run_id, status, status_message, run_link) VALUES (?, ?, ?, ?, ?, NULL, 'None', ?, ?, 'READY', NULL, NULL)",
                    Arrays.asList(id, version, now, now, description, source, runId == null || runId.isBlank() ? null : runId));
            for (Tag t : all) {
                upsertVersionTag(c, id, version, t.key(), t.value());
            }
            return RegistryReads.version(c, name, id, version);
        });
    }

    @Override
    public ModelVersion getModelVersion(String name, String version) {
        long v = RegistryReads.versionNumber(version);
        return db.read(c -> RegistryReads.version(c, name, RegistryReads.modelId(c, name), v));
    }

    @Override
    public ModelVersion updateModelVersion(String name, String version, String description) {
        long v = RegistryReads.versionNumber(version);
        return db.write(c -> {
            long id = RegistryReads.requireVersion(c, name, v);
            Sql.updateNullable(c, "UPDATE model_versions SET description = ?, last_updated_time = ? WHERE model_id = ? AND version = ?",
                    Arrays.asList(description, System.currentTimeMillis(), id, v));
            return RegistryReads.version(c, name, id, v);
        });
    }

    @Override
    public void deleteModelVersion(String name, String version) {
        long v = RegistryReads.versionNumber(version);
        db.write(c -> {
            long id = RegistryReads.requireVersion(c, name, v);
            Sql.update(c, "DELETE FROM model_versions WHERE model_id = ? AND version = ?", id, v);
            return touch(c, id);
        });
    }

    @Override
    public Page<ModelVersion> searchModelVersions(SearchRequest request) {
        SearchPlan plan = SearchPlan.of("SELECT m.name, m.id, v.version FROM model_versions v JOIN registered_models m ON m.id = v.model_id",
                "1=1", List.of(), TableFields.VERSIONS, request, 10_000, List.of("m.name ASC", "v.version DESC"), "versions", db.dialect());
        return db.read(c -> {
            Page<Object[]> keys = plan.page(Sql.query(c, plan.sql(), plan.binds(), rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}));
            List<ModelVersion> versions = new java.util.ArrayList<>();
            for (Object[] k : keys.items()) {
                versions.add(RegistryReads.version(c, (String) k[0], (Long) k[1], (Long) k[2]));
            }
            return new Page<>(versions, keys.nextPageToken());
        });
    }

    @Override
    public List<ModelVersion> getLatestVersions(String name, List<String> stages) {
        List<String> wanted = stages == null ? List.of() : stages.stream().map(Stages::canonical).toList();
        return db.read(c -> RegistryReads.latestVersions(c, name, RegistryReads.modelId(c, name), wanted));
    }

    @Override
    public void setModelVersionTag(String name, String version, String key, String value) {
        Limits.tag(new Tag(key, value));
        long v = RegistryReads.versionNumber(version);
        db.write(c -> {
            long id = RegistryReads.requireVersion(c, name, v);
            upsertVersionTag(c, id, v, key, value);
            return null;
        });
    }

    @Override
    public void deleteModelVersionTag(String name, String version, String key) {
        long v = RegistryReads.versionNumber(version);
        db.write(c -> {
            long id = RegistryReads.requireVersion(c, name, v);
            if (Sql.update(c, "DELETE FROM model_version_tags WHERE model_id = ? AND version = ? AND key = ?", id, v, key) == 0) {
                throw ModelyardException.notFound("No tag with key '" + key + "' on model version " + name + "/" + version);
            }
            return null;
        });
    }

    @Override
    public ModelVersion transitionModelVersionStage(String name, String version, String stage, boolean archiveExistingVersions) {
        long v = RegistryReads.versionNumber(version);
        String target = Stages.canonical(stage);
        return db.write(c -> {
            long id = RegistryReads.requireVersion(c, name, v);
            long now = System.currentTimeMillis();
            if (archiveExistingVersions && (target.equals(Stages.STAGING) || target.equals(Stages.PRODUCTION))) {
                Sql.update(c, "UPDATE model_versions SET current_stage = ?, last_updated_time = ? WHERE model_id = ? AND current_stage = ? AND version <> ?",
                        Stages.ARCHIVED, now, id, target, v);
            }
            Sql.update(c, "UPDATE model_versions SET current_stage = ?, last_updated_time = ? WHERE model_id = ? AND version = ?", target, now, id, v);
            touch(c, id);
            return RegistryReads.version(c, name, id, v);
        });
    }

    @Override
    public void setAlias(String name, String alias, String version) {
        Stages.checkAlias(alias);
        long v = RegistryReads.versionNumber(version);
        db.write(c -> {
            long id = RegistryReads.requireVersion(c, name, v);
            Sql.update(c, "INSERT INTO model_aliases (model_id, alias, version) VALUES (?, ?, ?)"
                    + " ON CONFLICT (model_id, alias) DO UPDATE SET version = excluded.version", id, alias, v);
            return touch(c, id);
        });
    }

    @Override
    public void deleteAlias(String name, String alias) {
        deleteChild(name, "DELETE FROM model_aliases WHERE model_id = ? AND alias = ?", alias,
                "Registered model alias " + alias + " not found on model " + name);
    }

    @Override
    public ModelVersion getModelVersionByAlias(String name, String alias) {
        return db.read(c -> {
            long id = RegistryReads.modelId(c, name);
            Long v = Sql.one(c, "SELECT version FROM model_aliases WHERE model_id = ? AND alias = ?", List.of(id, alias), rs -> rs.getLong(1));
            if (v == null) {
                throw ModelyardException.notFound("Registered model alias " + alias + " not found on model " + name);
            }
            return RegistryReads.version(c, name, id, v);
        });
    }

    /** Deletes one row keyed by (model id, {@code key}); NOT_FOUND with {@code missing} when there was none. */
    private void deleteChild(String name, String sql, String key, String missing) {
        db.write(c -> {
            long id = RegistryReads.modelId(c, name);
            if (Sql.update(c, sql, id, key) == 0) {
                throw ModelyardException.notFound(missing);
            }
            return touch(c, id);
        });
    }

    private static int touch(Connection c, long modelId) throws SQLException {
        return Sql.update(c, "UPDATE registered_models SET last_updated_time = ? WHERE id = ?", System.currentTimeMillis(), modelId);
    }

    private static void upsertModelTag(Connection c, long id, String key, String value) throws SQLException {
        Sql.update(c, "INSERT INTO registered_model_tags (model_id, key, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (model_id, key) DO UPDATE SET value = excluded.value", id, key, value);
    }

    private static void upsertVersionTag(Connection c, long id, long version, String key, String value) throws SQLException {
        Sql.update(c, "INSERT INTO model_version_tags (model_id, version, key, value) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (model_id, version, key) DO UPDATE SET value = excluded.value", id, version, key, value);
    }
}
