package dev.modelyard.tracking.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;

import java.sql.Connection;
import java.sql.SQLException;

/** PostgreSQL through a HikariCP pool; a transaction per write, retried on serialization failures and deadlocks. */
final class PostgresDatabase extends Database {
    private static final int RETRIES = 5;
    private final HikariDataSource pool;

    PostgresDatabase(BackendUri.Postgres uri) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(uri.jdbcUrl());
        if (uri.user() != null) {
            config.setUsername(uri.user());
        }
        if (uri.password() != null) {
            config.setPassword(uri.password());
        }
        config.setMaximumPoolSize(16);
        config.setPoolName("modelyard-tracking");
        config.setAutoCommit(true);
        try {
            this.pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ModelyardException(ErrorCode.INVALID_INPUT,
                    "cannot connect to PostgreSQL at " + uri.jdbcUrl() + ": " + rootMessage(e), e);
        }
        try {
            migrate(pool, Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw failure(e, "migrating PostgreSQL schema");
        }
    }

    @Override
    public Dialect dialect() { return Dialect.POSTGRESQL; }

    @Override
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException | RuntimeException e) {
            throw failure(e, "PostgreSQL read");
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                String state = e.getSQLState();
                boolean retryable = "40001".equals(state) || "40P01".equals(state);
                if (!retryable || attempt >= RETRIES) {
                    throw failure(e, "PostgreSQL write");
                }
            } catch (RuntimeException e) {
                throw failure(e, "PostgreSQL write");
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
