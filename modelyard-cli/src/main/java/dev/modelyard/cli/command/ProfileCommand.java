package dev.modelyard.cli.command;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.json.Json;
import dev.modelyard.data.profile.DataProfile;
import dev.modelyard.data.profile.Profiler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelyard profile}: what is in a data file, column by column. */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Per column: type, missing %%, distinct values, min/max/mean/std, quantiles, top values and a small histogram.")
public final class ProfileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV (.csv, .csv.gz), Parquet or JSON lines.")
    Path file;

    @Option(names = "--type", paramLabel = "COL=TYPE", description = "Override an inferred column type. Repeatable.")
    List<String> types;

    @Option(names = "--json", description = "Print the profile as JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Frame frame = DataInput.read(file, DataInput.parseTypes(types), spec.commandLine().getErr(), json);
        DataProfile p = Profiler.profile(frame);
        o.print(json ? Json.write(p.toJson()) + "\n" : p.render());
        o.flush();
        return 0;
    }
}
