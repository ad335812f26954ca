package dev.modelyard.tracking.store;

import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.TrackingStoreContract;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.nio.file.Path;

/** The store contract on a fresh SQLite file. */
class SqliteTrackingStoreTest extends TrackingStoreContract {
    private Path db;

    @Override
    protected TrackingBackend open(Path artifactRoot) throws Exception {
        db = Files.createTempDirectory("sqlite-store").resolve("modelyard.db");
        return TrackingBackend.open("sqlite:" + db, artifactRoot);
    }

    @Override
    protected long orphanMetricPoints() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet rs = c.createStatement().executeQuery(ORPHAN_POINTS)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
