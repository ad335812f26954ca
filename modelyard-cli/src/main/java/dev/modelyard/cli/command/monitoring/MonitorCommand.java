package dev.modelyard.cli.command.monitoring;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code modelyard monitor}: drift and performance of a model on new data or on the server's prediction log. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Compare new data or logged predictions with a model's training reference: drift, performance, alerts.",
        subcommands = {MonitorReportCommand.class, MonitorRunCommand.class, MonitorStatusCommand.class, MonitorProfileCommand.class})
public final class MonitorCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
