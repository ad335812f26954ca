package dev.modelyard.cli;

import dev.modelyard.cli.command.EvaluateCommand;
import dev.modelyard.cli.command.PredictCommand;
import dev.modelyard.cli.command.ProfileCommand;
import dev.modelyard.cli.command.QuickstartCommand;
import dev.modelyard.cli.command.ServeCommand;
import dev.modelyard.cli.command.TrainCommand;
import dev.modelyard.cli.command.monitoring.MonitorCommand;
import dev.modelyard.cli.command.monitoring.RetrainCommand;
import dev.modelyard.cli.command.tracking.GcCommand;
import dev.modelyard.cli.command.tracking.ModelsCommand;
import dev.modelyard.cli.command.tracking.RunsCommand;
import dev.modelyard.cli.command.tracking.ServerCommand;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.provenance.Versions;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code modelyard} command. */
@Command(name = "modelyard", mixinStandardHelpOptions = true, versionProvider = ModelyardCli.Version.class,
        description = "Train, evaluate, save and score machine-learning models.",
        subcommands = {QuickstartCommand.class, TrainCommand.class, PredictCommand.class, EvaluateCommand.class, ServeCommand.class,
                ProfileCommand.class, ServerCommand.class, RunsCommand.class, ModelsCommand.class, GcCommand.class,
                MonitorCommand.class, RetrainCommand.class,
                CommandLine.HelpCommand.class})
public final class ModelyardCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Flyway and HikariCP log through SLF4J; with no provider SLF4J prints a three-line warning on every
        // command. The CLI reports what matters itself, so their logs go nowhere unless a user asks otherwise.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            // SLF4J otherwise reports the explicit provider choice on stderr.
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (0 ok, 2 bad input, 1 internal). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ModelyardCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            if (ex instanceof ModelyardException me) {
                err.println("error: " + me.getMessage());
                return me.code().exitCode();
            }
            err.println("internal error: " + ex);
            if (System.getenv("MODELYARD_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("(set MODELYARD_DEBUG=1 for the stack trace)");
            }
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints the build's version and its main libraries. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var libs = Versions.libraries();
            return new String[] {"modelyard " + Versions.modelyard(),
                    "duckdb " + libs.get("duckdb") + ", xgboost4j " + libs.get("xgboost") + ", lightgbm4j " + libs.get("lightgbm")
                            + ", java " + libs.get("java")};
        }
    }
}
