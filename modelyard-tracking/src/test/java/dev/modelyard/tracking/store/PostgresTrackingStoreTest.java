package dev.modelyard.tracking.store;

import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.TrackingStoreContract;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * The store contract on PostgreSQL, when {@code MODELYARD_TEST_POSTGRES_URL} names a database
 * (e.g. {@code postgresql://postgres@127.0.0.1:55432/postgres}; {@code .ci/postgres.sh start} makes one).
 */
@EnabledIfEnvironmentVariable(named = PostgresTrackingStoreTest.ENV, matches = ".+",
        disabledReason = "skipped: set MODELYARD_TEST_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:55432/postgres after"
                + " .ci/postgres.sh start /tmp/pg) to run the PostgreSQL contract")
class PostgresTrackingStoreTest extends TrackingStoreContract {
    static final String ENV = "MODELYARD_TEST_POSTGRES_URL";

    @Override
    protected TrackingBackend open(Path artifactRoot) {
        return TrackingBackend.open(System.getenv(ENV), artifactRoot);
    }

    @Override
    protected long orphanMetricPoints() throws Exception {
        BackendUri.Postgres pg = (BackendUri.Postgres) BackendUri.parse(System.getenv(ENV));
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             ResultSet rs = c.createStatement().executeQuery(ORPHAN_POINTS)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
