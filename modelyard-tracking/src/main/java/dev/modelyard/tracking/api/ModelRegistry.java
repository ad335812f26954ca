package dev.modelyard.tracking.api;

import java.util.List;

/**
 * Registered models, their versions (numbered 1, 2, … per model, never reused), stages, tags and aliases.
 * Errors as in {@link TrackingStore}.
 */
public interface ModelRegistry {

    RegisteredModel createRegisteredModel(String name, String description, List<Tag> tags);

    RegisteredModel getRegisteredModel(String name);

    RegisteredModel renameRegisteredModel(String name, String newName);

    RegisteredModel updateRegisteredModel(String name, String description);

    /** Deletes the model with its versions, tags and aliases. */
    void deleteRegisteredModel(String name);

    /** Filter over {@code name} (=, !=, LIKE, ILIKE) and {@code tags.<k>}; order by name, creation/last-updated timestamp. */
    Page<RegisteredModel> searchRegisteredModels(SearchRequest request);

    void setRegisteredModelTag(String name, String key, String value);

    void deleteRegisteredModelTag(String name, String key);

    /**
     * Registers {@code source} (e.g. {@code runs:/<run_id>/model}, {@code mlflow-artifacts:/…}, {@code models:/…})
     * as the next version; local paths and other hosts are rejected (INVALID_INPUT).
     */
    ModelVersion createModelVersion(String name, String source, String runId, List<Tag> tags, String description);

    ModelVersion getModelVersion(String name, String version);

    ModelVersion updateModelVersion(String name, String version, String description);

    void deleteModelVersion(String name, String version);

    /** Filter over {@code name}, {@code version_number}, {@code run_id}, {@code source_path}, {@code tags.<k>}. */
    Page<ModelVersion> searchModelVersions(SearchRequest request);

    /** Latest version per stage; {@code stages} empty = every stage. */
    List<ModelVersion> getLatestVersions(String name, List<String> stages);

    void setModelVersionTag(String name, String version, String key, String value);

    void deleteModelVersionTag(String name, String version, String key);

    /** Moves a version to None/Staging/Production/Archived (case-insensitive); optionally archives others in that stage. */
    ModelVersion transitionModelVersionStage(String name, String version, String stage, boolean archiveExistingVersions);

    /** Points {@code alias} at {@code version}, moving it if it pointed elsewhere. */
    void setAlias(String name, String alias, String version);

    void deleteAlias(String name, String alias);

    ModelVersion getModelVersionByAlias(String name, String alias);
}
