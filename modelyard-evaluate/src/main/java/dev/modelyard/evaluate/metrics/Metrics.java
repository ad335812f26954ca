package dev.modelyard.evaluate.metrics;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.LinkedHashMap;

/** Computes every metric of a task at once. */
public final class Metrics {
    private Metrics() {}

    /** Every metric that applies to {@code task}, by CLI name, in {@link Metric} declaration order. */
    public static LinkedHashMap<String, Double> all(Task task, Target target, Predictions predictions) {
        if (target.task() != task) {
            throw ModelyardException.invalid("target '" + target.name() + "' is " + target.task().label()
                    + " but metrics were asked for a " + task.label() + " task");
        }
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (Metric m : Metric.forTask(task)) {
            out.put(m.label(), m.compute(target, predictions));
        }
        return out;
    }

    /** {@link #all(Task, Target, Predictions)} for the target's own task. */
    public static LinkedHashMap<String, Double> all(Target target, Predictions predictions) {
        return all(target.task(), target, predictions);
    }
}
