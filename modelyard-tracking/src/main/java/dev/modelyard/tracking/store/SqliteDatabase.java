package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * SQLite in WAL mode: any number of readers, and ONE writer connection fed by a {@link GroupCommitWriter}, so
 * concurrent writes from many threads share one transaction and one commit.
 *
 * <p>Durability: the default is {@code synchronous=NORMAL}. In WAL mode a commit has been written to the WAL
 * (the OS page cache) when it returns, so every acknowledged write survives a kill of the process (SIGKILL, OOM
 * killer, crash) — the requirement, proven by DurabilityTest. What NORMAL gives up is the fsync per commit, i.e.
 * the last commits before a power loss or kernel crash. {@code ?synchronous=full} on the URI adds that fsync
 * (one per commit group, not per caller). Measured here (bench/results/tracking-store.json): FULL cost 30–80 %
 * of the log-batch rate depending on how busy the disk was, NORMAL kept ≥ 100k points/s.
 */
public final class SqliteDatabase extends Database {
    static final String DEFAULT_SYNCHRONOUS = "NORMAL";
    private static final int READERS = 4;

    private final SQLiteDataSource readSource;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final GroupCommitWriter writer;

    SqliteDatabase(BackendUri.Sqlite uri) {
        Path file = uri.file().toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new ModelyardException(ErrorCode.INVALID_INPUT, "cannot create the folder of SQLite store " + file + ": " + e.getMessage(), e);
        }
        String url = "jdbc:sqlite:" + file;
        SQLiteDataSource writeSource = source(url, uri.synchronous());
        this.readSource = source(url, uri.synchronous());
        migrate(writeSource, Dialect.SQLITE);
        try {
            this.writer = new GroupCommitWriter(writeSource.getConnection(), "sqlite-writer " + file.getFileName());
        } catch (SQLException e) {
            throw failure(e, "opening SQLite store " + file);
        }
    }

    private static SQLiteDataSource source(String url, String synchronous) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(synchronous));
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        // MLflow's LIKE is case-sensitive (ILIKE is the insensitive one); SQLite's default is not
        config.enableCaseSensitiveLike(true);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-65_536); // 64 MiB page cache per connection
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    @Override
    public Dialect dialect() { return Dialect.SQLITE; }

    @Override
    public <T> T read(SqlWork<T> work) {
        Connection c = readers.poll();
        try {
            if (c == null) {
                c = readSource.getConnection();
            }
            return work.run(c);
        } catch (SQLException | RuntimeException e) {
            throw failure(e, "SQLite read");
        } finally {
            if (c != null && !readers.offer(c)) {
                closeQuietly(c);
            }
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return writer.submit(work);
    }

    @Override
    public void close() {
        writer.close();
        Connection c;
        while ((c = readers.poll()) != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a read connection cannot lose data
        }
    }
}
