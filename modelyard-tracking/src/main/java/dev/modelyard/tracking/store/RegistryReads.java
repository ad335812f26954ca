package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.RegisteredModel;
import dev.modelyard.tracking.api.RegisteredModelAlias;
import dev.modelyard.tracking.api.Tag;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads whole registry entities (with tags, aliases, latest versions) inside a transaction. */
final class RegistryReads {
    private RegistryReads() {}

    static long modelId(Connection c, String name) throws SQLException {
        Long id = name == null ? null : Sql.one(c, "SELECT id FROM registered_models WHERE name = ?", List.of(name), rs -> rs.getLong(1));
        if (id == null) {
            throw ModelyardException.notFound("Registered Model with name=" + name + " not found");
        }
        return id;
    }

    static long versionNumber(String version) {
        try {
            long v = Long.parseLong(version == null ? "" : version.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ModelyardException.invalid("Model version must be a positive integer, got '" + version + "'");
    }

    /** The model id, after checking the version exists. */
    static long requireVersion(Connection c, String name, long version) throws SQLException {
        long id = modelId(c, name);
        if (Sql.one(c, "SELECT 1 FROM model_versions WHERE model_id = ? AND version = ?", List.of(id, version), rs -> 1) == null) {
            throw ModelyardException.notFound("Model Version (name=" + name + ", version=" + version + ") not found");
        }
        return id;
    }

    static RegisteredModel model(Connection c, String name) throws SQLException {
        long id = modelId(c, name);
        RegisteredModel m = Sql.one(c, "SELECT name, creation_time, last_updated_time, description FROM registered_models WHERE id = ?",
                List.of(id), rs -> new RegisteredModel(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), List.of(), List.of(), List.of()));
        List<Tag> tags = Sql.query(c, "SELECT key, value FROM registered_model_tags WHERE model_id = ? ORDER BY key", List.of(id),
                rs -> new Tag(rs.getString(1), rs.getString(2)));
        List<RegisteredModelAlias> aliases = Sql.query(c, "SELECT alias, version FROM model_aliases WHERE model_id = ? ORDER BY alias", List.of(id),
                rs -> new RegisteredModelAlias(rs.getString(1), Long.toString(rs.getLong(2))));
        return new RegisteredModel(m.name(), m.creationTimestamp(), m.lastUpdatedTimestamp(), m.description(),
                latestVersions(c, name, id, List.of()), tags, aliases);
    }

    static ModelVersion version(Connection c, String name, long modelId, long version) throws SQLException {
        ModelVersion v = Sql.one(c, "SELECT version, creation_time, last_updated_time, description, user_id, current_stage, source, run_id,"
                + " status, status_message, run_link FROM model_versions WHERE model_id = ? AND version = ?", List.of(modelId, version),
                rs -> new ModelVersion(name, Long.toString(rs.getLong(1)), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), List.of(), rs.getString(11), List.of()));
        if (v == null) {
            throw ModelyardException.notFound("Model Version (name=" + name + ", version=" + version + ") not found");
        }
        List<Tag> tags = Sql.query(c, "SELECT key, value FROM model_version_tags WHERE model_id = ? AND version = ? ORDER BY key",
                List.of(modelId, version), rs -> new Tag(rs.getString(1), rs.getString(2)));
        List<String> aliases = Sql.query(c, "SELECT alias FROM model_aliases WHERE model_id = ? AND version = ? ORDER BY alias",
                List.of(modelId, version), rs -> rs.getString(1));
        return new ModelVersion(v.name(), v.version(), v.creationTimestamp(), v.lastUpdatedTimestamp(), v.description(), v.userId(),
                v.currentStage(), v.source(), v.runId(), v.status(), v.statusMessage(), tags, v.runLink(), aliases);
    }

    /** The highest version per stage, for the given stages (empty = every stage that has a version). */
    static List<ModelVersion> latestVersions(Connection c, String name, long modelId, List<String> stages) throws SQLException {
        List<Long> versions = Sql.query(c, "SELECT current_stage, MAX(version) FROM model_versions WHERE model_id = ? GROUP BY current_stage"
                + " ORDER BY MAX(version)", List.of(modelId), rs -> stages.isEmpty() || stages.contains(rs.getString(1)) ? rs.getLong(2) : -1L);
        List<ModelVersion> out = new ArrayList<>();
        for (long v : versions) {
            if (v > 0) {
                out.add(version(c, name, modelId, v));
            }
        }
        return out;
    }
}
