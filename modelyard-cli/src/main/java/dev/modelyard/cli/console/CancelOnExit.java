package dev.modelyard.cli.console;

import dev.modelyard.core.progress.Cancellation;

/**
 * A cancellation that Ctrl-C (JVM shutdown) triggers while it is open, so long jobs stop at their next
 * check and clean up instead of being cut off mid-write.
 */
public final class CancelOnExit implements AutoCloseable {
    private final Cancellation cancellation = new Cancellation();
    private final Thread hook = new Thread(cancellation::cancel, "modelyard-cancel");

    public CancelOnExit() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public Cancellation cancellation() { return cancellation; }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // Already shutting down: the hook runs (or ran) anyway.
        }
    }
}
