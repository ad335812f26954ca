package dev.modelyard.cli.command.monitoring;

import dev.modelyard.cli.console.TextTable;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.monitoring.alert.StatusFile;
import dev.modelyard.monitoring.result.Alert;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard monitor status}: the latest alerts per model, from the status file a {@code status} sink keeps. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show when each monitored model was last checked and its latest alerts (the 'status' sink's file).")
public final class MonitorStatusCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--status", required = true, paramLabel = "FILE",
            description = "The status file named by the alert config's {\"type\":\"status\",\"path\":…} sink.")
    Path status;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (!Files.exists(status)) {
            throw ModelyardException.notFound("no alert status at " + status.toAbsolutePath()
                    + ": no monitor has run with a status sink writing there yet");
        }
        Map<String, StatusFile.ModelStatus> all = StatusFile.read(status);
        TextTable t = new TextTable("model", "checked", "last alert", "alerts");
        all.forEach((name, s) -> t.row(name, s.checked() == null ? "-" : s.checked().toString(),
                s.lastAlert() == null ? "never" : s.lastAlert().toString(), s.alerts().size()));
        o.print(t.render());
        all.forEach((name, s) -> {
            for (Alert a : s.alerts()) {
                o.printf("  %s [%s] %s: %s%n", name, a.severity(), a.window(), a.message());
            }
        });
        return 0;
    }
}
