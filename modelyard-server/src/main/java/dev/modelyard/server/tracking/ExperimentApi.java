package dev.modelyard.server.tracking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.tracking.wire.ExperimentMessages.ById;
import dev.modelyard.server.tracking.wire.ExperimentMessages.ByName;
import dev.modelyard.server.tracking.wire.ExperimentMessages.Create;
import dev.modelyard.server.tracking.wire.ExperimentMessages.Search;
import dev.modelyard.server.tracking.wire.ExperimentMessages.SetTag;
import dev.modelyard.server.tracking.wire.ExperimentMessages.Update;
import dev.modelyard.server.tracking.wire.MlflowJson;
import dev.modelyard.server.tracking.wire.Required;
import dev.modelyard.server.tracking.wire.WireTypes;
import dev.modelyard.tracking.api.Experiment;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.TrackingStore;
import io.helidon.http.Method;

/** {@code experiments/*}. */
final class ExperimentApi {
    private ExperimentApi() {}

    static void register(MlflowEndpoints api, TrackingStore store) {
        api.write(Method.POST, "experiments/create", Create.class, (m, req) -> {
            String id = store.createExperiment(Required.text(m.name(), "name"), Views.optional(m.artifactLocation()),
                    WireTypes.tags(m.tags(), "tags"));
            ObjectNode n = Json.object();
            n.put("experiment_id", id);
            return n;
        });
        api.read("experiments/get", ById.class, (m, req) ->
                MlflowJson.wrap("experiment", MlflowJson.experiment(store.getExperiment(Required.text(m.experimentId(), "experiment_id")))));
        api.read("experiments/get-by-name", ByName.class, (m, req) ->
                MlflowJson.wrap("experiment", MlflowJson.experiment(store.getExperimentByName(Required.text(m.experimentName(), "experiment_name")))));
        api.read("experiments/search", Search.class, (m, req) -> {
            Page<Experiment> page = store.searchExperiments(
                    new SearchRequest(m.filter(), Views.maxResults(m.maxResults(), 1000), m.orderBy(), Views.optional(m.pageToken())),
                    Views.viewType(m.viewType(), "view_type"));
            return MlflowJson.page("experiments", page.items(), page.nextPageToken(), MlflowJson::experiment);
        });
        api.write(Method.POST, "experiments/update", Update.class, (m, req) -> {
            store.renameExperiment(Required.text(m.experimentId(), "experiment_id"), Required.text(m.newName(), "new_name"));
            return Json.object();
        });
        api.write(Method.POST, "experiments/delete", ById.class, (m, req) -> {
            store.deleteExperiment(Required.text(m.experimentId(), "experiment_id"));
            return Json.object();
        });
        api.write(Method.POST, "experiments/restore", ById.class, (m, req) -> {
            store.restoreExperiment(Required.text(m.experimentId(), "experiment_id"));
            return Json.object();
        });
        api.write(Method.POST, "experiments/set-experiment-tag", SetTag.class, (m, req) -> {
            store.setExperimentTag(Required.text(m.experimentId(), "experiment_id"), Required.text(m.key(), "key"),
                    m.value() == null ? "" : m.value());
            return Json.object();
        });
    }
}
