package dev.modelyard.tracking.store;

import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.TrackingStoreContract;

import java.nio.file.Files;
import java.nio.file.Path;

/** The store contract on a fresh SQLite file. */
class SqliteTrackingStoreTest extends TrackingStoreContract {
    @Override
    protected TrackingBackend open(Path artifactRoot) throws Exception {
        Path dir = Files.createTempDirectory("sqlite-store");
        return TrackingBackend.open("sqlite:" + dir.resolve("modelyard.db"), artifactRoot);
    }
}
