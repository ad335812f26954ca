package dev.modelyard.cli.command.tracking;

import dev.modelyard.cli.console.TextTable;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.ModelRegistry;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.RegisteredModel;
import dev.modelyard.tracking.api.SearchRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelyard models list|versions|alias}: the model registry of a store. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "Registered models, their versions and aliases.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Versions.class, ModelsCommand.Alias.class})
public final class ModelsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Registered models with their aliases.")
    static final class ListModels implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions store;

        @Option(names = "--filter", paramLabel = "EXPR", description = "e.g. \"name LIKE 'churn%'\".")
        String filter;

        @Override
        public Integer call() {
            try (TrackingBackend b = store.open()) {
                List<RegisteredModel> models = b.registry().searchRegisteredModels(new SearchRequest(filter, 1000, List.of("name"), null)).items();
                TextTable t = new TextTable("NAME", "LATEST", "ALIASES", "UPDATED", "DESCRIPTION");
                for (RegisteredModel m : models) {
                    String latest = m.latestVersions().stream().map(ModelVersion::version).max(java.util.Comparator.comparingLong(Long::parseLong)).orElse("");
                    String aliases = m.aliases().stream().map(a -> a.alias() + "→" + a.version()).collect(Collectors.joining(" "));
                    t.row(m.name(), latest, aliases, Cells.time(m.lastUpdatedTimestamp()), Cells.clip(m.description(), 40));
                }
                print(spec, t.render() + models.size() + " model(s)\n");
            }
            return 0;
        }
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "Versions of one registered model.")
    static final class Versions implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions store;

        @Parameters(index = "0", paramLabel = "MODEL")
        String name;

        @Override
        public Integer call() {
            try (TrackingBackend b = store.open()) {
                b.registry().getRegisteredModel(name); // NOT_FOUND with a clear message when absent
                String quoted = "'" + name.replace("'", "\\'") + "'";
                List<ModelVersion> versions = b.registry().searchModelVersions(
                        new SearchRequest("name = " + quoted, 10_000, List.of("version_number DESC"), null)).items();
                TextTable t = new TextTable("VERSION", "STAGE", "ALIASES", "RUN", "CREATED", "SOURCE");
                for (ModelVersion v : versions) {
                    t.row(v.version(), v.currentStage(), String.join(" ", v.aliases()), v.runId(),
                            Cells.time(v.creationTimestamp()), Cells.clip(v.source(), 60));
                }
                print(spec, t.render());
            }
            return 0;
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true,
            description = {"Show, set or delete an alias:", "  models alias MODEL ALIAS            which version it points at",
                    "  models alias MODEL ALIAS VERSION    point it at VERSION", "  models alias MODEL ALIAS --delete   remove it"})
    static final class Alias implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions store;

        @Parameters(index = "0", paramLabel = "MODEL")
        String name;

        @Parameters(index = "1", paramLabel = "ALIAS")
        String alias;

        @Parameters(index = "2", arity = "0..1", paramLabel = "VERSION")
        String version;

        @Option(names = "--delete", description = "Remove the alias.")
        boolean delete;

        @Override
        public Integer call() {
            if (delete && version != null) {
                throw ModelyardException.invalid("give either VERSION (to set the alias) or --delete, not both");
            }
            try (TrackingBackend b = store.open()) {
                ModelRegistry r = b.registry();
                if (delete) {
                    r.deleteAlias(name, alias);
                    print(spec, "deleted alias " + alias + " of " + name + "\n");
                } else if (version != null) {
                    r.setAlias(name, alias, version);
                    print(spec, name + "@" + alias + " → version " + version + "\n");
                } else {
                    ModelVersion v = r.getModelVersionByAlias(name, alias);
                    print(spec, name + "@" + alias + " → version " + v.version() + " (" + v.source() + ")\n");
                }
            }
            return 0;
        }
    }

    private static void print(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
