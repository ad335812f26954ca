package dev.modelyard.learn.features;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.features.FittedDateTimeExpander;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces every timestamp column {@code c} by numeric calendar parts (UTC): {@code c__year},
 * {@code c__month}, {@code c__day}, {@code c__dayofweek} (1=Mon..7=Sun), {@code c__hour},
 * {@code c__weekend} (0/1). A missing timestamp gives NaN in every part.
 */
public final class DateTimeExpander implements Estimator<FittedDateTimeExpander> {
    public static final String KIND = FittedDateTimeExpander.KIND;

    /** No hyperparameters yet; a record so the step logs and round-trips like every other. */
    public record Params() {}

    private final Params params;

    public DateTimeExpander(Params params) {
        this.params = params;
    }

    public static DateTimeExpander defaults() {
        return new DateTimeExpander(new Params());
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedDateTimeExpander fit(Frame data, Target target, FitContext ctx) {
        List<Field> handled = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c.type() == ColumnType.TIMESTAMP) {
                handled.add(c.field());
            }
        }
        return new FittedDateTimeExpander(handled);
    }
}
