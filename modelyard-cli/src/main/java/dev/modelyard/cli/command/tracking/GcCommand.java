package dev.modelyard.cli.command.tracking;

import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.gc.GarbageCollector;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard gc}: permanently removes deleted runs and their artifacts. */
@Command(name = "gc", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Permanently remove soft-deleted runs (rows and artifact files).")
public final class GcCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Option(names = "--older-than", paramLabel = "AGE", description = "Only runs deleted longer ago than AGE (30d, 12h, …; default: every deleted run).")
    String olderThan;

    @Override
    public Integer call() {
        long before = olderThan == null ? Long.MAX_VALUE
                : System.currentTimeMillis() - Durations.parse(olderThan, "--older-than").toMillis();
        try (TrackingBackend b = store.open()) {
            var result = new GarbageCollector(b.tracking(), b.artifacts()).collect(before);
            PrintWriter out = spec.commandLine().getOut();
            result.purgedRunIds().forEach(id -> out.println("removed run " + id));
            out.println(result.purgedRunIds().size() + " deleted run(s) removed");
            out.flush();
        }
        return 0;
    }
}
