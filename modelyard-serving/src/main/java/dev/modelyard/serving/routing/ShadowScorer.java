package dev.modelyard.serving.routing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs challenger (shadow) scorings off the request path on a small bounded executor. When its queue is full
 * the work is refused (the caller counts it) rather than queued without bound or run on the request thread:
 * the shadow must never slow the answer.
 */
public final class ShadowScorer implements AutoCloseable {
    private final ThreadPoolExecutor pool;

    public ShadowScorer(int threads, int queueCapacity) {
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity),
                Thread.ofPlatform().daemon().name("modelyard-shadow-", 0).factory(), new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /** Submits work; false when the queue is full or the scorer is closed. */
    public boolean submit(Runnable work) {
        try {
            pool.execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Lets queued work finish (up to 5 s). */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
