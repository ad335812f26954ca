package dev.modelyard.server.tracking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.tracking.wire.MlflowJson;
import dev.modelyard.server.tracking.wire.RegistryMessages.Alias;
import dev.modelyard.server.tracking.wire.RegistryMessages.ByName;
import dev.modelyard.server.tracking.wire.RegistryMessages.CreateModel;
import dev.modelyard.server.tracking.wire.RegistryMessages.CreateVersion;
import dev.modelyard.server.tracking.wire.RegistryMessages.Describe;
import dev.modelyard.server.tracking.wire.RegistryMessages.DescribeVersion;
import dev.modelyard.server.tracking.wire.RegistryMessages.LatestVersions;
import dev.modelyard.server.tracking.wire.RegistryMessages.ModelTag;
import dev.modelyard.server.tracking.wire.RegistryMessages.Rename;
import dev.modelyard.server.tracking.wire.RegistryMessages.Search;
import dev.modelyard.server.tracking.wire.RegistryMessages.Transition;
import dev.modelyard.server.tracking.wire.RegistryMessages.Version;
import dev.modelyard.server.tracking.wire.RegistryMessages.VersionTag;
import dev.modelyard.server.tracking.wire.Required;
import dev.modelyard.server.tracking.wire.WireTypes;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.RegisteredModel;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.TrackingStore;
import io.helidon.http.Method;

import java.util.List;

/** {@code registered-models/*} and {@code model-versions/*}. */
final class RegistryApi {
    private static final String MODEL = "registered-models/";
    private static final String VERSION = "model-versions/";

    private RegistryApi() {}

    static void register(MlflowEndpoints api, ModelRegistry registry, TrackingStore store) {
        api.write(Method.POST, MODEL + "create", CreateModel.class, (m, req) -> model(registry.createRegisteredModel(
                Required.text(m.name(), "name"), m.description(), WireTypes.tags(m.tags(), "tags"))));
        api.read(MODEL + "get", ByName.class, (m, req) -> model(registry.getRegisteredModel(Required.text(m.name(), "name"))));
        api.write(Method.POST, MODEL + "rename", Rename.class, (m, req) -> model(registry.renameRegisteredModel(
                Required.text(m.name(), "name"), Required.text(m.newName(), "new_name"))));
        api.write(Method.PATCH, MODEL + "update", Describe.class, (m, req) -> model(registry.updateRegisteredModel(
                Required.text(m.name(), "name"), m.description())));
        api.write(Method.DELETE, MODEL + "delete", ByName.class, (m, req) -> {
            registry.deleteRegisteredModel(Required.text(m.name(), "name"));
            return Json.object();
        });
        api.read(MODEL + "search", Search.class, (m, req) -> {
            Page<RegisteredModel> page = registry.searchRegisteredModels(new SearchRequest(m.filter(),
                    Views.maxResults(m.maxResults(), 100), m.orderBy(), Views.optional(m.pageToken())));
            return MlflowJson.page("registered_models", page.items(), page.nextPageToken(), MlflowJson::registeredModel);
        });
        api.read(MODEL + "get-latest-versions", LatestVersions.class, (m, req) -> versions(registry.getLatestVersions(
                Required.text(m.name(), "name"), m.stages() == null ? List.of() : m.stages())));
        api.write(Method.POST, MODEL + "set-tag", ModelTag.class, (m, req) -> {
            registry.setRegisteredModelTag(Required.text(m.name(), "name"), Required.text(m.key(), "key"),
                    m.value() == null ? "" : m.value());
            return Json.object();
        });
        api.write(Method.DELETE, MODEL + "delete-tag", ModelTag.class, (m, req) -> {
            registry.deleteRegisteredModelTag(Required.text(m.name(), "name"), Required.text(m.key(), "key"));
            return Json.object();
        });
        api.write(Method.POST, MODEL + "alias", Alias.class, (m, req) -> {
            registry.setAlias(Required.text(m.name(), "name"), Required.text(m.alias(), "alias"),
                    Required.text(m.version(), "version"));
            return Json.object();
        });
        api.write(Method.DELETE, MODEL + "alias", Alias.class, (m, req) -> {
            registry.deleteAlias(Required.text(m.name(), "name"), Required.text(m.alias(), "alias"));
            return Json.object();
        });
        api.readGet(MODEL + "alias", Alias.class, (m, req) -> version(registry.getModelVersionByAlias(
                Required.text(m.name(), "name"), Required.text(m.alias(), "alias"))));

        api.write(Method.POST, VERSION + "create", CreateVersion.class, (m, req) -> version(registry.createModelVersion(
                Required.text(m.name(), "name"), Required.text(m.source(), "source"), Views.optional(m.runId()),
                WireTypes.tags(m.tags(), "tags"), m.description())));
        api.read(VERSION + "get", Version.class, (m, req) -> version(registry.getModelVersion(
                Required.text(m.name(), "name"), Required.text(m.version(), "version"))));
        api.write(Method.PATCH, VERSION + "update", DescribeVersion.class, (m, req) -> version(registry.updateModelVersion(
                Required.text(m.name(), "name"), Required.text(m.version(), "version"), m.description())));
        api.write(Method.DELETE, VERSION + "delete", Version.class, (m, req) -> {
            registry.deleteModelVersion(Required.text(m.name(), "name"), Required.text(m.version(), "version"));
            return Json.object();
        });
        api.read(VERSION + "search", Search.class, (m, req) -> {
            Page<ModelVersion> page = registry.searchModelVersions(new SearchRequest(m.filter(),
                    Views.maxResults(m.maxResults(), 10_000), m.orderBy(), Views.optional(m.pageToken())));
            return MlflowJson.page("model_versions", page.items(), page.nextPageToken(), MlflowJson::modelVersion);
        });
        api.read(VERSION + "get-download-uri", Version.class, (m, req) -> {
            ModelVersion v = registry.getModelVersion(Required.text(m.name(), "name"), Required.text(m.version(), "version"));
            ObjectNode n = Json.object();
            n.put("artifact_uri", DownloadUris.resolve(v.source(), store));
            return n;
        });
        api.write(Method.POST, VERSION + "set-tag", VersionTag.class, (m, req) -> {
            registry.setModelVersionTag(Required.text(m.name(), "name"), Required.text(m.version(), "version"),
                    Required.text(m.key(), "key"), m.value() == null ? "" : m.value());
            return Json.object();
        });
        api.write(Method.DELETE, VERSION + "delete-tag", VersionTag.class, (m, req) -> {
            registry.deleteModelVersionTag(Required.text(m.name(), "name"), Required.text(m.version(), "version"),
                    Required.text(m.key(), "key"));
            return Json.object();
        });
        api.write(Method.POST, VERSION + "transition-stage", Transition.class, (m, req) -> version(
                registry.transitionModelVersionStage(Required.text(m.name(), "name"), Required.text(m.version(), "version"),
                        Required.text(m.stage(), "stage"), Boolean.TRUE.equals(m.archiveExistingVersions()))));
    }

    private static ObjectNode model(RegisteredModel m) {
        return MlflowJson.wrap("registered_model", MlflowJson.registeredModel(m));
    }

    private static ObjectNode version(ModelVersion v) {
        return MlflowJson.wrap("model_version", MlflowJson.modelVersion(v));
    }

    private static ObjectNode versions(List<ModelVersion> vs) {
        ObjectNode n = Json.object();
        n.set("model_versions", MlflowJson.list(vs, MlflowJson::modelVersion));
        return n;
    }
}
