package dev.modelyard.cli.console;

import dev.modelyard.core.progress.Progress;
import java.io.PrintStream;

/**
 * A one-line progress bar on stderr. On a terminal it redraws in place; otherwise (pipes, CI logs) it
 * prints a line each time the stage changes, so logs stay readable.
 */
public final class ProgressBar implements Progress, AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private String lastStage = "";
    private long lastDraw;
    private boolean drawn;

    public ProgressBar(PrintStream err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    /** A bar that redraws in place when stderr is a terminal. */
    public static ProgressBar forConsole() {
        return new ProgressBar(System.err, System.console() != null);
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        long now = System.nanoTime();
        if (!interactive) {
            if (!stage.equals(lastStage)) {
                err.printf("  [%5.1fs] %s%n", (now - startNanos) / 1e9, stage);
                lastStage = stage;
            }
            return;
        }
        if (now - lastDraw < 100_000_000L && done < total && stage.equals(lastStage)) {
            return;
        }
        lastDraw = now;
        lastStage = stage;
        double f = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(f * WIDTH);
        String bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
        String line = String.format("\r%s %3d%%  %-48s %6.1fs", bar, Math.round(f * 100), truncate(stage, 48), (now - startNanos) / 1e9);
        err.print(line);
        err.flush();
        drawn = true;
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** Ends the bar's line. */
    @Override
    public synchronized void close() {
        if (interactive && drawn) {
            err.println();
        }
    }
}
