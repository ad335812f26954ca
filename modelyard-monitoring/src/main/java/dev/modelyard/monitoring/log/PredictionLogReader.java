package dev.modelyard.monitoring.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.log.LogLine.BadLine;
import dev.modelyard.scoring.pipeline.InputSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the prediction log a server writes with {@code --log-dir} ({@code predictions-*.jsonl}, one scored row per
 * line) and joins the delayed labels of {@code feedback-*.jsonl} on the request id. Only the answering variant's rows
 * count unless shadow rows are asked for. A malformed line (bad JSON, a missing field, a value of the wrong type,
 * a line cut short by a crash) is counted and skipped, never fatal.
 */
public final class PredictionLogReader {
    private PredictionLogReader() {}

    /** Every logged row of {@code model}. */
    public static LoggedPredictions read(Path logDir, String model, InputSignature signature) {
        return read(logDir, model, signature, Long.MIN_VALUE, false);
    }

    /** The rows of {@code model} with a request time at or after {@code sinceEpochMillis} (older files are not opened). */
    public static LoggedPredictions read(Path logDir, String model, InputSignature signature, long sinceEpochMillis) {
        return read(logDir, model, signature, sinceEpochMillis, false);
    }

    /**
     * The rows of {@code model} (any model when null) from {@code sinceEpochMillis} on, typed by {@code signature}
     * (features it does not name are ignored).
     *
     * @param includeShadow also the rows a shadow challenger scored but did not return
     * @throws ModelyardException when the folder does not exist or holds no prediction log, or, on a full read, when
     *                            the log has rows of other models only
     */
    public static LoggedPredictions read(Path logDir, String model, InputSignature signature, long sinceEpochMillis,
                                         boolean includeShadow) {
        Path dir = logDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw ModelyardException.notFound("no prediction log folder at " + dir
                    + " (it is the folder a server writes with --log-dir)");
        }
        try {
            List<Path> files = LogFiles.list(dir, "predictions");
            if (files.isEmpty()) {
                throw ModelyardException.invalid(dir + " holds no prediction log (predictions-*.jsonl files written by a server "
                        + "started with --log-dir)");
            }
            Problems problems = new Problems();
            Collector c = new Collector(model, signature, sinceEpochMillis, includeShadow, problems);
            // A file holds entries written during its hour, and an entry is written after its request: older files can be passed.
            long firstHour = sinceEpochMillis == Long.MIN_VALUE ? Long.MIN_VALUE : Math.floorDiv(sinceEpochMillis, 3_600_000L) * 3_600_000L;
            for (Path f : files) {
                if (LogFiles.hourStart(f) >= firstHour || LogFiles.hourStart(f) == Long.MIN_VALUE) {
                    LogFiles.forEachLine(f, c::line, problems);
                }
            }
            if (c.rows() == 0 && sinceEpochMillis == Long.MIN_VALUE && model != null && !c.otherModels.isEmpty()) {
                throw ModelyardException.notFound("the prediction log in " + dir + " has no rows of model '" + model
                        + "'; it has rows of: " + String.join(", ", c.otherModels));
            }
            return c.finish(Feedback.read(dir, problems));
        } catch (IOException e) {
            throw ModelyardException.invalid("cannot read the prediction log in " + dir + ": " + e.getMessage());
        }
    }

    /** Accumulates accepted lines. */
    private static final class Collector {
        private final String model;
        private final long since;
        private final boolean includeShadow;
        private final Problems problems;
        private final FeatureColumns features;
        private final OutputColumns outputs = new OutputColumns();
        private final List<Long> times = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final List<String> versions = new ArrayList<>();
        private final List<Integer> rowInRequest = new ArrayList<>();
        private final Set<String> otherModels = new TreeSet<>();

        Collector(String model, InputSignature signature, long since, boolean includeShadow, Problems problems) {
            this.model = model;
            this.since = since;
            this.includeShadow = includeShadow;
            this.problems = problems;
            this.features = new FeatureColumns(signature.schema());
        }

        void line(String text, String where) {
            try {
                LogLine l = LogLine.of(Json.read(text));
                if (model != null && !model.equals(l.model())) {
                    otherModels.add(l.model());
                    return;
                }
                if ((l.shadow() && !includeShadow) || l.epochMillis() < since) {
                    return;
                }
                features.read(l.features());
                outputs.read(l);
                features.append();
                outputs.append();
                times.add(l.epochMillis());
                ids.add(l.requestId());
                versions.add(l.version());
                rowInRequest.add(l.row());
            } catch (JsonProcessingException e) {
                problems.add(where, "not JSON (" + e.getOriginalMessage() + ")");
            } catch (BadLine e) {
                problems.add(where, e.getMessage());
            }
        }

        int rows() {
            return times.size();
        }

        LoggedPredictions finish(Feedback feedback) {
            int n = rows();
            long[] t = new long[n];
            int[] rowIdx = new int[n];
            for (int i = 0; i < n; i++) {
                t[i] = times.get(i);
                rowIdx[i] = rowInRequest.get(i);
            }
            String[] idArray = ids.toArray(String[]::new);
            var actual = n == 0 ? null : feedback.join(idArray, rowIdx, outputs.isClassification(), problems);
            return new LoggedPredictions(features.finish(n), outputs.finish(), t, idArray, versions.toArray(String[]::new),
                    actual, problems.count(), problems.first());
        }
    }
}
