package dev.modelyard.server.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.input.Datatype;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.model.ServedModel;
import dev.modelyard.serving.routing.Split;
import java.util.List;

/** What the metadata routes say about served models: Modelyard's list and OIP v2 model metadata. */
final class ModelDescriptions {
    private ModelDescriptions() {}

    /** {@code GET /api/v1/models}: every name with its versions, input signature and routing. */
    static ObjectNode list(Iterable<ServedModel> models) {
        ObjectNode root = Json.object();
        ArrayNode arr = root.putArray("models");
        for (ServedModel m : models) {
            ObjectNode n = arr.addObject();
            n.put("name", m.name());
            ArrayNode versions = n.putArray("versions");
            for (LoadedModel v : m.versions().values()) {
                ObjectNode o = versions.addObject();
                o.put("version", v.version());
                o.put("source", v.source());
                o.put("loaded_at", v.loadedAt().toString());
                o.put("task", v.pipeline().task().label());
                ArrayNode classes = o.putArray("classes");
                v.classes().forEach(classes::add);
                o.set("inputs", inputs(v));
            }
            ObjectNode routing = n.putObject("routing");
            ArrayNode split = routing.putArray("split");
            for (Split s : m.routing().splits()) {
                split.addObject().put("version", s.version()).put("weight", s.weight());
            }
            routing.put("shadow", m.routing().shadow());
        }
        return root;
    }

    private static ArrayNode inputs(LoadedModel v) {
        ArrayNode a = Json.array();
        for (Field f : v.inputs()) {
            ObjectNode o = a.addObject();
            o.put("name", f.name());
            o.put("type", f.type().label());
            o.put("required", v.signature().required().contains(f.name()));
            List<String> cats = v.signature().categories().get(f.name());
            if (cats != null) {
                ArrayNode c = o.putArray("categories");
                cats.forEach(c::add);
            }
        }
        return a;
    }

    /** OIP v2 model metadata of one version. */
    static ObjectNode oip(ServedModel m, LoadedModel v) {
        ObjectNode root = Json.object();
        root.put("name", m.name());
        ArrayNode versions = root.putArray("versions");
        m.versions().keySet().forEach(versions::add);
        root.put("version", v.version());
        root.put("platform", "modelyard");
        ArrayNode inputs = root.putArray("inputs");
        for (Field f : v.inputs()) {
            ObjectNode t = inputs.addObject();
            t.put("name", f.name());
            t.put("datatype", Datatype.of(f.type()).name());
            t.putArray("shape").add(-1);
            t.putObject("parameters").put("type", f.type().label()).put("required", v.signature().required().contains(f.name()));
        }
        ArrayNode outputs = root.putArray("outputs");
        ObjectNode pred = outputs.addObject();
        pred.put("name", "predict");
        pred.put("datatype", v.isClassification() ? "BYTES" : "FP64");
        pred.putArray("shape").add(-1);
        if (v.isClassification()) {
            ObjectNode proba = outputs.addObject();
            proba.put("name", "probabilities");
            proba.put("datatype", "FP64");
            proba.putArray("shape").add(-1).add(v.classes().size());
            ArrayNode classes = proba.putObject("parameters").putArray("classes");
            v.classes().forEach(classes::add);
        }
        return root;
    }
}
