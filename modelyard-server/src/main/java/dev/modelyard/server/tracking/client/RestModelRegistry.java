package dev.modelyard.server.tracking.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.server.tracking.wire.MlflowEntities;
import dev.modelyard.server.tracking.wire.RegistryMessages;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.RegisteredModel;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.Tag;

import java.util.List;

/** {@link ModelRegistry} over {@code registered-models/*} and {@code model-versions/*}, with MLflow's HTTP methods. */
final class RestModelRegistry implements ModelRegistry {
    private static final String MODEL = "registered-models/";
    private static final String VERSION = "model-versions/";

    private final MlflowHttp http;

    RestModelRegistry(MlflowHttp http) {
        this.http = http;
    }

    @Override
    public RegisteredModel createRegisteredModel(String name, String description, List<Tag> tags) {
        return model(http.call("POST", MODEL + "create",
                new RegistryMessages.CreateModel(name, RestTrackingStore.keyValues(tags), description)));
    }

    @Override
    public RegisteredModel getRegisteredModel(String name) {
        return model(http.call("GET", MODEL + "get", new RegistryMessages.ByName(name)));
    }

    @Override
    public RegisteredModel renameRegisteredModel(String name, String newName) {
        return model(http.call("POST", MODEL + "rename", new RegistryMessages.Rename(name, newName)));
    }

    @Override
    public RegisteredModel updateRegisteredModel(String name, String description) {
        return model(http.call("PATCH", MODEL + "update", new RegistryMessages.Describe(name, description)));
    }

    @Override
    public void deleteRegisteredModel(String name) {
        http.call("DELETE", MODEL + "delete", new RegistryMessages.ByName(name));
    }

    @Override
    public Page<RegisteredModel> searchRegisteredModels(SearchRequest r) {
        JsonNode n = http.call("GET", MODEL + "search", search(r));
        return new Page<>(MlflowEntities.list(n.path("registered_models"), MlflowEntities::registeredModel), MlflowEntities.nextPageToken(n));
    }

    @Override
    public void setRegisteredModelTag(String name, String key, String value) {
        http.call("POST", MODEL + "set-tag", new RegistryMessages.ModelTag(name, key, value));
    }

    @Override
    public void deleteRegisteredModelTag(String name, String key) {
        http.call("DELETE", MODEL + "delete-tag", new RegistryMessages.ModelTag(name, key, null));
    }

    @Override
    public ModelVersion createModelVersion(String name, String source, String runId, List<Tag> tags, String description) {
        return version(http.call("POST", VERSION + "create", new RegistryMessages.CreateVersion(name, source, runId,
                RestTrackingStore.keyValues(tags), null, description)));
    }

    @Override
    public ModelVersion getModelVersion(String name, String version) {
        return version(http.call("GET", VERSION + "get", new RegistryMessages.Version(name, version)));
    }

    @Override
    public ModelVersion updateModelVersion(String name, String version, String description) {
        return version(http.call("PATCH", VERSION + "update", new RegistryMessages.DescribeVersion(name, version, description)));
    }

    @Override
    public void deleteModelVersion(String name, String version) {
        http.call("DELETE", VERSION + "delete", new RegistryMessages.Version(name, version));
    }

    @Override
    public Page<ModelVersion> searchModelVersions(SearchRequest r) {
        JsonNode n = http.call("GET", VERSION + "search", search(r));
        return new Page<>(MlflowEntities.list(n.path("model_versions"), MlflowEntities::modelVersion), MlflowEntities.nextPageToken(n));
    }

    @Override
    public List<ModelVersion> getLatestVersions(String name, List<String> stages) {
        JsonNode n = http.call("POST", MODEL + "get-latest-versions", new RegistryMessages.LatestVersions(name, stages));
        return MlflowEntities.list(n.path("model_versions"), MlflowEntities::modelVersion);
    }

    @Override
    public void setModelVersionTag(String name, String version, String key, String value) {
        http.call("POST", VERSION + "set-tag", new RegistryMessages.VersionTag(name, version, key, value));
    }

    @Override
    public void deleteModelVersionTag(String name, String version, String key) {
        http.call("DELETE", VERSION + "delete-tag", new RegistryMessages.VersionTag(name, version, key, null));
    }

    @Override
    public ModelVersion transitionModelVersionStage(String name, String version, String stage, boolean archiveExistingVersions) {
        return version(http.call("POST", VERSION + "transition-stage",
                new RegistryMessages.Transition(name, version, stage, archiveExistingVersions)));
    }

    @Override
    public void setAlias(String name, String alias, String version) {
        http.call("POST", MODEL + "alias", new RegistryMessages.Alias(name, alias, version));
    }

    @Override
    public void deleteAlias(String name, String alias) {
        http.call("DELETE", MODEL + "alias", new RegistryMessages.Alias(name, alias, null));
    }

    @Override
    public ModelVersion getModelVersionByAlias(String name, String alias) {
        return version(http.call("GET", MODEL + "alias", new RegistryMessages.Alias(name, alias, null)));
    }

    private static RegistryMessages.Search search(SearchRequest r) {
        return new RegistryMessages.Search(r.filter(), r.maxResults(), r.orderBy(), r.pageToken());
    }

    private static RegisteredModel model(JsonNode n) {
        return MlflowEntities.registeredModel(n.path("registered_model"));
    }

    private static ModelVersion version(JsonNode n) {
        return MlflowEntities.modelVersion(n.path("model_version"));
    }
}
