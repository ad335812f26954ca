package dev.modelyard.tracking.store;

import dev.modelyard.tracking.api.Dataset;
import dev.modelyard.tracking.api.DatasetInput;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunData;
import dev.modelyard.tracking.api.RunInputs;
import dev.modelyard.tracking.api.Tag;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads latest metrics, params, tags and inputs for a page of runs with one query per table and chunk. */
final class RunDataLoader {
    private RunDataLoader() {}

    private record Keyed<T>(long runId, T value) {}

    static List<Run> load(Connection c, List<Rows.RunRow> rows) throws SQLException {
        Map<Long, List<Metric>> metrics = new HashMap<>();
        Map<Long, List<Param>> params = new HashMap<>();
        Map<Long, List<Tag>> tags = new HashMap<>();
        Map<Long, Map<String, DatasetInputBuilder>> inputs = new HashMap<>();
        List<Object> ids = new ArrayList<>();
        for (Rows.RunRow r : rows) {
            ids.add(r.id());
        }
        for (List<Object> chunk : Chunks.of(ids)) {
            String in = " WHERE run_id IN (" + Sql.placeholders(chunk.size()) + ")";
            for (Keyed<Metric> m : Sql.query(c, "SELECT run_id, key, value, is_nan, timestamp, step FROM latest_metrics" + in + " ORDER BY key",
                    chunk, rs -> new Keyed<>(rs.getLong("run_id"), Rows.metric(rs)))) {
                metrics.computeIfAbsent(m.runId(), k -> new ArrayList<>()).add(m.value());
            }
            for (Keyed<Param> p : Sql.query(c, "SELECT run_id, key, value FROM params" + in + " ORDER BY key", chunk,
                    rs -> new Keyed<>(rs.getLong(1), new Param(rs.getString(2), rs.getString(3))))) {
                params.computeIfAbsent(p.runId(), k -> new ArrayList<>()).add(p.value());
            }
            for (Keyed<Tag> t : Sql.query(c, "SELECT run_id, key, value FROM tags" + in + " ORDER BY key", chunk,
                    rs -> new Keyed<>(rs.getLong(1), new Tag(rs.getString(2), rs.getString(3))))) {
                tags.computeIfAbsent(t.runId(), k -> new ArrayList<>()).add(t.value());
            }
            for (Keyed<Dataset> d : Sql.query(c, "SELECT run_id, name, digest, source_type, source, schema, profile FROM run_inputs" + in
                    + " ORDER BY name, digest", chunk, rs -> new Keyed<>(rs.getLong("run_id"), Rows.dataset(rs)))) {
                inputs.computeIfAbsent(d.runId(), k -> new LinkedHashMap<>())
                        .put(d.value().name() + "\0" + d.value().digest(), new DatasetInputBuilder(d.value()));
            }
            for (Keyed<String[]> t : Sql.query(c, "SELECT run_id, name, digest, key, value FROM run_input_tags" + in + " ORDER BY key", chunk,
                    rs -> new Keyed<>(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)}))) {
                String[] v = t.value();
                DatasetInputBuilder b = inputs.getOrDefault(t.runId(), Map.of()).get(v[0] + "\0" + v[1]);
                if (b != null) {
                    b.tags.add(new Tag(v[2], v[3]));
                }
            }
        }
        List<Run> out = new ArrayList<>(rows.size());
        for (Rows.RunRow r : rows) {
            List<DatasetInput> datasetInputs = new ArrayList<>();
            for (DatasetInputBuilder b : inputs.getOrDefault(r.id(), Map.of()).values()) {
                datasetInputs.add(new DatasetInput(b.tags, b.dataset));
            }
            out.add(new Run(r.info(), new RunData(metrics.getOrDefault(r.id(), List.of()), params.getOrDefault(r.id(), List.of()),
                    tags.getOrDefault(r.id(), List.of())), new RunInputs(datasetInputs)));
        }
        return out;
    }

    private static final class DatasetInputBuilder {
        final Dataset dataset;
        final List<Tag> tags = new ArrayList<>();

        DatasetInputBuilder(Dataset dataset) {
            this.dataset = dataset;
        }
    }
}
