package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.DatasetInput;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.search.PageToken;
import dev.modelyard.tracking.validation.Limits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What runs log: the batch write primitive, tag deletion, inputs and metric history. */
final class RunLogging {
    private static final int DEFAULT_HISTORY_PAGE = 25_000;

    private final Database db;

    RunLogging(Database db) {
        this.db = db;
    }

    void logBatch(String runId, List<Metric> metrics, List<Param> params, List<Tag> tags) {
        String id = Ids.requireRunId(runId);
        Limits.batch(metrics, params, tags);
        Map<String, String> uniqueParams = uniqueParams(params);
        Map<String, Metric> latest = latestPerKey(metrics);
        db.write(c -> {
            Rows.RunRow row = Runs.requireActiveForPoints(c, id, db.dialect());
            writeParams(c, row.id(), id, uniqueParams);
            upsertTags(c, row.id(), tags);
            for (Tag t : tags) {
                if (t.key().equals(Runs.RUN_NAME_TAG)) {
                    Sql.update(c, "UPDATE runs SET name = ? WHERE id = ?", t.value(), row.id());
                }
            }
            writeMetrics(c, db.dialect(), row.id(), metrics, latest);
            return null;
        });
    }

    /** Params of one batch by key; the same key twice with different values is an error (as in MLflow). */
    private static Map<String, String> uniqueParams(List<Param> params) {
        Map<String, String> out = new TreeMap<>();
        for (Param p : params) {
            String prev = out.putIfAbsent(p.key(), p.value());
            if (prev != null && !prev.equals(p.value())) {
                throw ModelyardException.invalid("Duplicate parameter key '" + p.key() + "' in one batch with different values: '"
                        + prev + "' and '" + p.value() + "'");
            }
        }
        return out;
    }

    /** The latest point per key within the batch: max step, then max timestamp, then max value (MLflow's order). */
    private static Map<String, Metric> latestPerKey(List<Metric> metrics) {
        Map<String, Metric> latest = new TreeMap<>(); // sorted: rows are locked in key order, so PostgreSQL cannot deadlock
        for (Metric m : metrics) {
            latest.merge(m.key(), m, (a, b) -> newer(b, a) ? b : a);
        }
        return latest;
    }

    private static boolean newer(Metric a, Metric b) {
        if (a.step() != b.step()) {
            return a.step() > b.step();
        }
        if (a.timestamp() != b.timestamp()) {
            return a.timestamp() > b.timestamp();
        }
        return Double.compare(stored(a.value()), stored(b.value())) > 0;
    }

    private static double stored(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** Insert-if-absent, then compare: a key already holding another value fails the whole batch. */
    private static void writeParams(Connection c, long rowId, String runId, Map<String, String> params) throws SQLException {
        if (params.isEmpty()) {
            return;
        }
        keyValues(c, "INSERT INTO params (run_id, key, value) VALUES (?, ?, ?) ON CONFLICT (run_id, key) DO NOTHING", rowId, params);
        List<Object> binds = new ArrayList<>();
        binds.add(rowId);
        binds.addAll(params.keySet());
        for (Param stored : Sql.query(c, "SELECT key, value FROM params WHERE run_id = ? AND key IN (" + Sql.placeholders(params.size()) + ")",
                binds, rs -> new Param(rs.getString(1), rs.getString(2)))) {
            String wanted = params.get(stored.key());
            if (!stored.value().equals(wanted)) {
                throw ModelyardException.invalid("Changing param values is not allowed. Param with key='" + stored.key()
                        + "' was already logged with value='" + stored.value() + "' for run ID='" + runId
                        + "'. Attempted logging new value '" + wanted + "'.");
            }
        }
    }

    static void upsertTags(Connection c, long rowId, List<Tag> tags) throws SQLException {
        if (tags.isEmpty()) {
            return;
        }
        Map<String, String> last = new TreeMap<>();
        for (Tag t : tags) {
            last.put(t.key(), t.value());
        }
        keyValues(c, "INSERT INTO tags (run_id, key, value) VALUES (?, ?, ?) ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value",
                rowId, last);
    }

    /** One batched statement of (run, key, value) rows. */
    private static void keyValues(Connection c, String sql, long rowId, Map<String, String> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ps.setLong(1, rowId);
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeMetrics(Connection c, Dialect dialect, long rowId, List<Metric> metrics, Map<String, Metric> latest)
            throws SQLException {
        if (metrics.isEmpty()) {
            return;
        }
        if (dialect == Dialect.POSTGRESQL) {
            insertPointsAsArrays(c, rowId, metrics);
        } else {
            insertPoints(c, rowId, metrics);
        }
        upsertLatest(c, rowId, latest);
    }

    private static void insertPoints(Connection c, long rowId, List<Metric> metrics) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO metrics (run_id, key, step, timestamp, value, is_nan)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Metric m : metrics) {
                ps.setLong(1, rowId);
                ps.setString(2, m.key());
                ps.setLong(3, m.step());
                ps.setLong(4, m.timestamp());
                ps.setDouble(5, stored(m.value()));
                ps.setInt(6, Double.isNaN(m.value()) ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * PostgreSQL: the whole batch as five arrays in one statement. Batched single-row inserts (even rewritten into
     * multi-row VALUES) make the server parse and plan thousands of parameters; unnest takes them in one go.
     */
    private static void insertPointsAsArrays(Connection c, long rowId, List<Metric> metrics) throws SQLException {
        int n = metrics.size();
        String[] keys = new String[n];
        long[] steps = new long[n];
        long[] timestamps = new long[n];
        double[] values = new double[n];
        long[] nans = new long[n];
        for (int i = 0; i < n; i++) {
            Metric m = metrics.get(i);
            keys[i] = m.key();
            steps[i] = m.step();
            timestamps[i] = m.timestamp();
            values[i] = stored(m.value());
            nans[i] = Double.isNaN(m.value()) ? 1 : 0;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO metrics (run_id, key, step, timestamp, value, is_nan)"
                + " SELECT ?, * FROM unnest(?::text[], ?::bigint[], ?::bigint[], ?::float8[], ?::bigint[]) ON CONFLICT DO NOTHING")) {
            ps.setLong(1, rowId);
            ps.setObject(2, keys);
            ps.setObject(3, steps);
            ps.setObject(4, timestamps);
            ps.setObject(5, values);
            ps.setObject(6, nans);
            ps.executeUpdate();
        }
    }

    private static void upsertLatest(Connection c, long rowId, Map<String, Metric> latest) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO latest_metrics (run_id, key, value, is_nan, timestamp, step)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, is_nan = excluded.is_nan,"
                + " timestamp = excluded.timestamp, step = excluded.step"
                + " WHERE excluded.step > latest_metrics.step"
                + " OR (excluded.step = latest_metrics.step AND excluded.timestamp > latest_metrics.timestamp)"
                + " OR (excluded.step = latest_metrics.step AND excluded.timestamp = latest_metrics.timestamp"
                + " AND COALESCE(excluded.value, 0) > COALESCE(latest_metrics.value, 0))")) {
            for (Metric m : latest.values()) {
                ps.setLong(1, rowId);
                ps.setString(2, m.key());
                if (Double.isNaN(m.value())) {
                    ps.setNull(3, java.sql.Types.DOUBLE);
                } else {
                    ps.setDouble(3, m.value());
                }
                ps.setInt(4, Double.isNaN(m.value()) ? 1 : 0);
                ps.setLong(5, m.timestamp());
                ps.setLong(6, m.step());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void deleteTag(String runId, String key) {
        String id = Ids.requireRunId(runId);
        Limits.key("tag", key);
        db.write(c -> {
            Rows.RunRow row = Runs.requireActive(c, id);
            if (Sql.update(c, "DELETE FROM tags WHERE run_id = ? AND key = ?", row.id(), key) == 0) {
                throw ModelyardException.notFound("No tag with name: " + key + " in run with id " + id);
            }
            return null;
        });
    }

    void logInputs(String runId, List<DatasetInput> inputs) {
        String id = Ids.requireRunId(runId);
        for (DatasetInput in : inputs) {
            if (in == null || in.dataset() == null) {
                throw ModelyardException.invalid("Missing value for required parameter 'dataset' of a dataset input");
            }
            Limits.value("dataset name", in.dataset().name(), Limits.MAX_NAME_LENGTH);
            Limits.value("dataset digest", in.dataset().digest(), 36 * 4);
            for (Tag t : in.tags()) {
                Limits.tag(t);
            }
        }
        db.write(c -> {
            Rows.RunRow row = Runs.requireActive(c, id);
            for (DatasetInput in : inputs) {
                var d = in.dataset();
                Sql.updateNullable(c, "INSERT INTO run_inputs (run_id, name, digest, source_type, source, schema, profile) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (run_id, name, digest) DO NOTHING",
                        java.util.Arrays.asList(row.id(), d.name(), d.digest(), d.sourceType(), d.source(), d.schema(), d.profile()));
                Map<String, String> tags = new LinkedHashMap<>();
                in.tags().forEach(t -> tags.put(t.key(), t.value()));
                for (Map.Entry<String, String> t : tags.entrySet()) {
                    Sql.update(c, "INSERT INTO run_input_tags (run_id, name, digest, key, value) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (run_id, name, digest, key) DO UPDATE SET value = excluded.value",
                            row.id(), d.name(), d.digest(), t.getKey(), t.getValue());
                }
            }
            return null;
        });
    }

    Page<Metric> history(String runId, String key, int maxResults, String pageToken) {
        String id = Ids.requireRunId(runId);
        Limits.key("metric", key);
        int max = maxResults <= 0 ? DEFAULT_HISTORY_PAGE : maxResults;
        String scope = "history|" + id + "|" + key;
        long offset = PageToken.decode(pageToken, scope);
        return db.read(c -> {
            Rows.RunRow row = Runs.row(c, id);
            List<Metric> points = Sql.query(c, "SELECT key, value, is_nan, timestamp, step FROM metrics WHERE run_id = ? AND key = ?"
                    + " ORDER BY step, timestamp, value LIMIT ? OFFSET ?", List.of(row.id(), key, (long) max + 1, offset), Rows::metric);
            if (points.size() > max) {
                return new Page<>(points.subList(0, max), PageToken.encode(offset + max, scope));
            }
            return new Page<>(points, null);
        });
    }
}
