package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One thread owns the write connection. Callers queue work and wait; the thread takes everything queued,
 * runs each piece under its own savepoint (a failing piece is rolled back alone), commits once, and only
 * then releases every caller — so a returned write is committed, and N concurrent writers cost one commit.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final int MAX_GROUP = 512;
    /** Writes between query-planner statistics refreshes ({@code PRAGMA optimize}, cheap with analysis_limit). */
    private static final int OPTIMIZE_EVERY = 20_000;

    private record Task<T>(SqlWork<T> work, CompletableFuture<T> done) {}

    private final Connection connection;
    private final LinkedBlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private int writesSinceOptimize;

    GroupCommitWriter(Connection connection, String name) throws SQLException {
        this.connection = connection;
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA analysis_limit = 1000");
            st.execute("PRAGMA optimize = 0x10002"); // statistics for tables that never had them
        }
        connection.setAutoCommit(false);
        this.thread = Thread.ofPlatform().name(name).daemon(true).start(this::loop);
    }

    <T> T submit(SqlWork<T> work) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("nested write on the writer thread");
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        synchronized (this) { // never queued behind the close marker, where nobody would run it
            if (closed) {
                throw new ModelyardException(ErrorCode.INTERNAL, "the tracking store is closed");
            }
            queue.add(new Task<>(work, done));
        }
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelyardException(ErrorCode.CANCELLED, "interrupted while waiting for a write to commit");
        } catch (ExecutionException e) {
            throw Database.failure(e.getCause(), "SQLite write");
        }
    }

    private void loop() {
        List<Task<?>> group = new ArrayList<>(MAX_GROUP);
        List<Object> results = new ArrayList<>(MAX_GROUP);
        while (true) {
            group.clear();
            results.clear();
            try {
                Task<?> first = queue.take();
                if (first.work() == null) {
                    return; // close marker
                }
                group.add(first);
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            boolean stop = group.removeIf(t -> t.work() == null);
            runGroup(group, results);
            writesSinceOptimize += group.size();
            if (writesSinceOptimize >= OPTIMIZE_EVERY) {
                writesSinceOptimize = 0;
                optimize();
            }
            if (stop) {
                return;
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void runGroup(List<Task<?>> group, List<Object> results) {
        for (Task<?> task : group) {
            try {
                Savepoint sp = connection.setSavepoint();
                try {
                    results.add(task.work().run(connection));
                    connection.releaseSavepoint(sp);
                } catch (Throwable t) {
                    connection.rollback(sp);
                    connection.releaseSavepoint(sp);
                    results.add(new Failed(t));
                }
            } catch (SQLException e) {
                results.add(new Failed(e));
            }
        }
        Throwable commitFailure = null;
        try {
            connection.commit();
        } catch (SQLException e) {
            commitFailure = e;
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the commit failure is what callers see
            }
        }
        for (int i = 0; i < group.size(); i++) {
            CompletableFuture f = group.get(i).done();
            Object r = results.get(i);
            if (r instanceof Failed failed) {
                f.completeExceptionally(failed.cause());
            } else if (commitFailure != null) {
                f.completeExceptionally(commitFailure);
            } else {
                f.complete(r);
            }
        }
    }

    /** Refreshes planner statistics as tables grow, so searches keep choosing the selective index. */
    private void optimize() {
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA optimize");
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // statistics are an optimisation; the data is untouched
            }
        }
    }

    private record Failed(Throwable cause) {}

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(new Task<>(null, new CompletableFuture<>()));
        }
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // everything acknowledged is committed already
        }
    }
}
