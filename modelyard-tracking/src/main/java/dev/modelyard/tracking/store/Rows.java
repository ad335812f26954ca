package dev.modelyard.tracking.store;

import dev.modelyard.tracking.api.Dataset;
import dev.modelyard.tracking.api.LifecycleStage;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.RunStatus;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Row mappers shared by the stores. */
final class Rows {
    static final String RUN_COLUMNS = "r.id, r.run_uuid, r.experiment_id, r.name, r.user_id, r.status, r.start_time, r.end_time, "
            + "r.artifact_uri, r.lifecycle_stage";

    private Rows() {}

    /** A run row with its internal key. */
    record RunRow(long id, RunInfo info) {}

    static RunRow run(ResultSet rs) throws SQLException {
        return new RunRow(rs.getLong("id"), new RunInfo(rs.getString("run_uuid"), rs.getString("name"),
                Long.toString(rs.getLong("experiment_id")), rs.getString("user_id"), RunStatus.valueOf(rs.getString("status")),
                rs.getLong("start_time"), Sql.nullableLong(rs, "end_time"), rs.getString("artifact_uri"),
                LifecycleStage.parse(rs.getString("lifecycle_stage"))));
    }

    static Metric metric(ResultSet rs) throws SQLException {
        double value = rs.getInt("is_nan") != 0 ? Double.NaN : rs.getDouble("value");
        return new Metric(rs.getString("key"), value, rs.getLong("timestamp"), rs.getLong("step"));
    }

    static Dataset dataset(ResultSet rs) throws SQLException {
        return new Dataset(rs.getString("name"), rs.getString("digest"), rs.getString("source_type"), rs.getString("source"),
                rs.getString("schema"), rs.getString("profile"));
    }
}
