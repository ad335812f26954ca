package dev.modelyard.monitoring.log;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.monitoring.log.LogLine.BadLine;
import dev.modelyard.scoring.api.Model;
import dev.modelyard.scoring.api.Task;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects model outputs from log lines in the shape a pipeline's {@code predict} returns: one {@code proba_<class>}
 * column per class, in the order the log lists them (the model's class order), or one {@code prediction} column.
 * The first line decides which; a line of the other kind is malformed.
 */
final class OutputColumns {
    private final Map<String, Doubles> byClass = new LinkedHashMap<>();
    private final Doubles values = new Doubles();
    private final Map<String, Double> pending = new LinkedHashMap<>();
    private double pendingValue;
    private boolean pendingClassifier;
    private Boolean classification;
    private int rows;

    /** Reads a line's outputs into the pending row, or says what is wrong with them. */
    void read(LogLine line) throws BadLine {
        pending.clear();
        pendingClassifier = line.probabilities() != null;
        if (classification != null && classification != pendingClassifier) {
            throw new BadLine(classification ? "'probabilities' is absent, but earlier lines of this model have them"
                    : "has 'probabilities', but earlier lines of this model are regression outputs");
        }
        if (!pendingClassifier) {
            if (!line.prediction().isNumber()) {
                throw new BadLine("'prediction' should be a number for a regression model, not " + FeatureColumns.abbreviate(line.prediction()));
            }
            pendingValue = line.prediction().doubleValue();
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = line.probabilities().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new BadLine("probability of class '" + e.getKey() + "' is not a number");
            }
            pending.put(e.getKey(), e.getValue().doubleValue());
        }
        if (pending.isEmpty()) {
            throw new BadLine("'probabilities' is empty");
        }
    }

    /** Appends the pending row; a class first seen now gets a column with NaN for the rows before. */
    void append() {
        classification = pendingClassifier;
        if (!classification) {
            values.add(pendingValue);
        } else {
            for (String c : pending.keySet()) {
                byClass.computeIfAbsent(c, k -> {
                    Doubles d = new Doubles();
                    d.fill(rows, Double.NaN);
                    return d;
                });
            }
            for (Map.Entry<String, Doubles> e : byClass.entrySet()) {
                e.getValue().add(pending.getOrDefault(e.getKey(), Double.NaN));
            }
        }
        rows++;
    }

    /** Whether the outputs are class probabilities (false also when there were no lines). */
    boolean isClassification() {
        return classification != null && classification;
    }

    List<String> classes() {
        return List.copyOf(byClass.keySet());
    }

    Frame finish() {
        if (!isClassification()) {
            return Frame.of(DoubleColumn.owning(Model.outputNames(Task.REGRESSION, List.of()).get(0), values.toArray()));
        }
        List<String> names = Model.outputNames(Task.MULTICLASS, classes());
        List<Column> cols = new ArrayList<>();
        int i = 0;
        for (Doubles d : byClass.values()) {
            cols.add(DoubleColumn.owning(names.get(i++), d.toArray()));
        }
        return Frame.of(cols);
    }
}
