package dev.modelyard.cli.command.tracking;

import dev.modelyard.cli.console.TextTable;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunSearch;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.api.TrackingStore;
import dev.modelyard.tracking.api.ViewType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelyard runs list|show|compare}: read tracked runs from a store. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List, show and compare tracked runs.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Compare.class})
public final class RunsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Runs matching a filter (MLflow's grammar plus OR and IN), newest first.")
    static final class ListRuns implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions store;

        @Option(names = "--experiment", paramLabel = "NAME|ID", description = "Only these experiments (repeatable; default: all).")
        List<String> experiments = new ArrayList<>();

        @Option(names = "--filter", paramLabel = "EXPR", description = "e.g. \"metrics.auc > 0.8 and params.depth IN ('4','6')\".")
        String filter;

        @Option(names = "--order-by", paramLabel = "KEY", description = "e.g. \"metrics.auc DESC\" (repeatable).")
        List<String> orderBy = new ArrayList<>();

        @Option(names = "--max", paramLabel = "N", description = "At most N runs (default: 50).")
        int max = 50;

        @Option(names = "--view", paramLabel = "VIEW", description = "active, deleted or all (default: active).")
        String view = "active";

        @Override
        public Integer call() {
            if (max < 1 || max > 50_000) {
                throw ModelyardException.invalid("--max must be between 1 and 50000, got " + max);
            }
            ViewType viewType = switch (view.toLowerCase(java.util.Locale.ROOT)) {
                case "active" -> ViewType.ACTIVE_ONLY;
                case "deleted" -> ViewType.DELETED_ONLY;
                case "all" -> ViewType.ALL;
                default -> throw ModelyardException.invalid("--view must be active, deleted or all, got '" + view + "'");
            };
            try (TrackingBackend b = store.open()) {
                TrackingStore ts = b.tracking();
                List<String> ids = experiments.stream().map(e -> experimentId(ts, e)).toList();
                List<Run> runs = ts.searchRuns(new RunSearch(ids, filter, viewType, max, orderBy, null)).items();
                TextTable t = new TextTable("RUN ID", "NAME", "EXPERIMENT", "STATUS", "STARTED", "METRICS");
                for (Run r : runs) {
                    String metrics = r.data().metrics().stream().map(m -> m.key() + "=" + Cells.number(m.value()))
                            .sorted().collect(Collectors.joining(" "));
                    t.row(r.info().runId(), r.info().runName(), r.info().experimentId(), r.info().status(),
                            Cells.time(r.info().startTime()), Cells.clip(metrics, 60));
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(t.render());
                out.println(runs.size() + " run(s)");
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One run: info, params, latest metrics, tags.")
    static final class Show implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions store;

        @Parameters(index = "0", paramLabel = "RUN_ID")
        String runId;

        @Override
        public Integer call() {
            try (TrackingBackend b = store.open()) {
                Run r = b.tracking().getRun(runId);
                PrintWriter out = spec.commandLine().getOut();
                var i = r.info();
                out.println("run         " + i.runId() + (i.runName() == null ? "" : "  (" + i.runName() + ")"));
                out.println("experiment  " + i.experimentId());
                out.println("status      " + i.status() + (i.lifecycleStage().wire().equals("deleted") ? " (deleted)" : ""));
                out.println("started     " + Cells.time(i.startTime()) + (i.endTime() == null ? "" : ", ended " + Cells.time(i.endTime())));
                out.println("artifacts   " + i.artifactUri());
                TextTable values = new TextTable("KIND", "KEY", "VALUE", "STEP");
                r.data().params().stream().sorted(java.util.Comparator.comparing(Param::key))
                        .forEach(p -> values.row("param", p.key(), Cells.clip(p.value(), 60), ""));
                r.data().metrics().stream().sorted(java.util.Comparator.comparing(Metric::key))
                        .forEach(m -> values.row("metric", m.key(), Cells.number(m.value()), m.step()));
                r.data().tags().stream().filter(t -> !t.key().startsWith("mlflow.")).sorted(java.util.Comparator.comparing(Tag::key))
                        .forEach(t -> values.row("tag", t.key(), Cells.clip(t.value(), 60), ""));
                out.println();
                out.print(values.render());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, description = "Params and latest metrics of runs side by side.")
    static final class Compare implements java.util.concurrent.Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin StoreOptions store;

        @Parameters(arity = "2..*", paramLabel = "RUN_ID", description = "Two or more runs.")
        List<String> runIds;

        @Override
        public Integer call() {
            try (TrackingBackend b = store.open()) {
                List<Run> runs = runIds.stream().map(b.tracking()::getRun).toList();
                Map<String, Map<String, String>> rows = new TreeMap<>();
                for (int k = 0; k < runs.size(); k++) {
                    for (Param p : runs.get(k).data().params()) {
                        rows.computeIfAbsent("params." + p.key(), x -> new TreeMap<>()).put(runIds.get(k), p.value());
                    }
                    for (Metric m : runs.get(k).data().metrics()) {
                        rows.computeIfAbsent("metrics." + m.key(), x -> new TreeMap<>()).put(runIds.get(k), Cells.number(m.value()));
                    }
                }
                List<String> header = new ArrayList<>(List.of("KEY"));
                runIds.forEach(id -> header.add(Cells.clip(id, 12)));
                TextTable t = new TextTable(header.toArray(String[]::new));
                TreeSet<String> keys = new TreeSet<>(rows.keySet());
                for (String key : keys) {
                    List<Object> cells = new ArrayList<>(List.of(key));
                    runIds.forEach(id -> cells.add(Cells.clip(rows.get(key).getOrDefault(id, ""), 24)));
                    t.row(cells.toArray());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(t.render());
                out.flush();
            }
            return 0;
        }
    }

    /** An experiment given by name or id. */
    static String experimentId(TrackingStore ts, String nameOrId) {
        try {
            return ts.getExperimentByName(nameOrId).experimentId();
        } catch (ModelyardException e) {
            if (e.code() != ErrorCode.NOT_FOUND) {
                throw e;
            }
        }
        try {
            return ts.getExperiment(nameOrId).experimentId();
        } catch (ModelyardException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw ModelyardException.notFound("no experiment named or numbered '" + nameOrId + "'");
            }
            throw e;
        }
    }
}
