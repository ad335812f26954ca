package dev.modelyard.monitoring.drift;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.FeatureProfile;
import dev.modelyard.data.sketch.NumericProfile;
import dev.modelyard.data.sketch.ReferenceProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a window against the reference before any statistic is computed, so that a bad window fails with
 * one message naming everything wrong with it.
 */
final class WindowCheck {
    private WindowCheck() {}

    static void check(ReferenceProfile reference, Frame window, Column prediction) {
        if (window.rowCount() == 0) {
            throw ModelyardException.invalid("window has no rows: nothing to compare with the reference");
        }
        List<String> missing = new ArrayList<>();
        List<String> wrongKind = new ArrayList<>();
        for (FeatureProfile f : reference.features()) {
            if (!window.has(f.name())) {
                missing.add(f.name());
            } else if (!compatible(f, window.column(f.name()))) {
                wrongKind.add(mismatch(f, window.column(f.name())));
            }
        }
        if (!missing.isEmpty()) {
            throw ModelyardException.invalid("window is missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; the reference profiles " + String.join(", ", reference.featureNames()));
        }
        if (!wrongKind.isEmpty()) {
            throw ModelyardException.invalid("window column" + (wrongKind.size() > 1 ? "s have" : " has") + " the wrong type: "
                    + String.join("; ", wrongKind));
        }
        FeatureProfile p = reference.prediction();
        if (prediction != null && p != null && (p instanceof NumericProfile) != prediction.type().isNumericSlot()) {
            throw ModelyardException.invalid("predictions are " + prediction.type().label() + " but the reference profiled "
                    + (p instanceof NumericProfile ? "numeric scores" : "predicted labels") + " (" + p.type().label()
                    + "): the predictions do not come from the model the reference was built for");
        }
    }

    /** Numbers must stay numbers; anything can be read as categories (by its text). */
    private static boolean compatible(FeatureProfile f, Column c) {
        return !(f instanceof NumericProfile) || c.type().isNumericSlot();
    }

    private static String mismatch(FeatureProfile f, Column c) {
        return "'" + f.name() + "' is " + c.type().label() + " in the window but was profiled as numeric (" + f.type().label() + ")";
    }
}
