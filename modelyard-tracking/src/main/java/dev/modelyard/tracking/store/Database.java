package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * A migrated database with a read path and a write path. Writes run in a transaction that has committed
 * (durably) when {@link #write} returns; a failing write leaves no trace.
 */
public abstract sealed class Database implements AutoCloseable permits SqliteDatabase, PostgresDatabase {

    /** Opens (and migrates) the database a URI names. */
    public static Database open(BackendUri uri) {
        return switch (uri) {
            case BackendUri.Sqlite s -> new SqliteDatabase(s);
            case BackendUri.Postgres p -> new PostgresDatabase(p);
        };
    }

    public abstract Dialect dialect();

    /** Runs read-only work. */
    public abstract <T> T read(SqlWork<T> work);

    /** Runs work in a transaction and commits it. */
    public abstract <T> T write(SqlWork<T> work);

    @Override
    public abstract void close();

    static void migrate(DataSource dataSource, Dialect dialect) {
        // through SLF4J (like HikariCP), so the application decides; not a page of INFO lines on every open
        Flyway.configure().loggers("slf4j").dataSource(dataSource).locations(dialect.migrations())
                .table("modelyard_schema_history").load().migrate();
    }

    /** A user error passes through; anything else from JDBC is an internal failure naming the database. */
    static RuntimeException failure(Throwable t, String what) {
        if (t instanceof ModelyardException m) {
            return m;
        }
        if (t instanceof RuntimeException r && !(t.getCause() instanceof SQLException)) {
            return r;
        }
        if (t instanceof SQLException e && ("23505".equals(e.getSQLState())
                || String.valueOf(e.getMessage()).contains("UNIQUE constraint failed"))) {
            // a concurrent writer created the same name between our check and our insert
            return new ModelyardException(ErrorCode.ALREADY_EXISTS, "already exists (created concurrently): " + e.getMessage(), e);
        }
        return new ModelyardException(ErrorCode.INTERNAL, what + " failed: " + t.getMessage(), t);
    }
}
