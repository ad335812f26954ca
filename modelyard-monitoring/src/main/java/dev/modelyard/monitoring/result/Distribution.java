package dev.modelyard.monitoring.result;

import java.util.List;

/**
 * Reference and current distributions of one feature on shared bins, for plots and PSI: for numbers the
 * bins are the reference deciles (labels are the bin ranges), for categories the levels (plus "other").
 *
 * @param labels    one label per bin
 * @param reference share of reference values in each bin (sums to 1)
 * @param current   share of current values in each bin (sums to 1)
 */
public record Distribution(List<String> labels, double[] reference, double[] current) {
    public Distribution {
        labels = List.copyOf(labels);
        if (reference.length != labels.size() || current.length != labels.size()) {
            throw new IllegalArgumentException("distribution bins disagree: " + labels.size() + " labels, "
                    + reference.length + " reference, " + current.length + " current");
        }
        reference = reference.clone();
        current = current.clone();
    }
}
