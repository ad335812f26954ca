package dev.modelyard.cli.command.monitoring;

import dev.modelyard.cli.command.DataInput;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ProfileCodec;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.monitoring.MonitoredModel;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelyard monitor profile}: a reference profile for a bundle that has none (trained before monitoring
 * existed), from its training data. Its prediction profile is in-sample (the training job's is out-of-fold).
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a reference profile (feature and prediction distributions) of a model's training data, for --reference.")
public final class MonitorProfileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The model bundle.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The data the model was trained on.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the profile (JSON).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the row sample kept in the profile (default 42).")
    long seed = 42;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        FittedPipeline p = ModelBundle.read(model).pipeline();
        Frame frame = DataInput.read(data, Map.of(), spec.commandLine().getErr(), false);
        List<String> names = p.signature().schema().names();
        List<String> missing = names.stream().filter(n -> !frame.has(n)).toList();
        if (!missing.isEmpty()) {
            throw ModelyardException.invalid(data + " lacks the model's input column(s) " + String.join(", ", missing));
        }
        Frame features = frame.selectColumns(names);
        ReferenceProfile bare = ProfileBuilder.reference(features, p.targetName(), null, null, seed);
        MonitoredModel m = new MonitoredModel(ModelInput.stem(model), "local", p, bare, null);
        Column prediction = m.predictionColumn(p.predict(features));
        Frame sampleFrom = p.targetName() != null && frame.has(p.targetName()) ? features.with(frame.column(p.targetName())) : features;
        ProfileCodec.write(ProfileBuilder.reference(features, p.targetName(), prediction, sampleFrom, seed), out);
        o.printf("Reference profile of %,d rows × %d features written to %s%n", features.rowCount(), names.size(), out.toAbsolutePath());
        return 0;
    }
}
