package dev.modelyard.learn.linear;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;

/**
 * The training features as the solver sees them: column-major (coordinate descent walks one column at a
 * time), centred when an intercept is fitted, optionally scaled, with missing values (NaN) set to 0 after
 * standardisation, i.e. to the column's mean. {@code center[j]} is therefore also the value a missing
 * feature stands for at prediction time.
 */
final class Design {
    final int rows;
    final int cols;
    final double[][] x;
    final double[] center;
    final double[] scale;

    private Design(int rows, double[][] x, double[] center, double[] scale) {
        this.rows = rows;
        this.cols = x.length;
        this.x = x;
        this.center = center;
        this.scale = scale;
    }

    static Design of(Frame data, boolean fitIntercept, boolean standardize) {
        int n = data.rowCount();
        int p = data.columnCount();
        double[][] x = new double[p][];
        double[] center = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            Column c = data.column(j);
            ColumnType t = c.type();
            if (t != ColumnType.DOUBLE && t != ColumnType.LONG && t != ColumnType.BOOLEAN) {
                throw ModelyardException.invalid("linear: feature column '" + c.name() + "' is " + t.label()
                        + "; the learner needs numeric features (encode it first)");
            }
            double[] v = new double[n];
            double sum = 0;
            int present = 0;
            for (int i = 0; i < n; i++) {
                double d = c.getDouble(i);
                if (Double.isInfinite(d)) {
                    throw ModelyardException.invalid("linear: feature column '" + c.name() + "' has an infinite value at row " + i);
                }
                v[i] = d;
                if (!Double.isNaN(d)) {
                    sum += d;
                    present++;
                }
            }
            double mean = present == 0 ? 0 : sum / present;
            double m = fitIntercept ? mean : 0;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(v[i])) {
                    double e = v[i] - m;
                    ss += e * e;
                }
            }
            double sd = present == 0 ? 0 : Math.sqrt(ss / present);
            // A constant column keeps scale 1: it is all zeros after centring and its weight stays 0.
            double s = standardize && sd > 0 ? sd : 1;
            for (int i = 0; i < n; i++) {
                v[i] = Double.isNaN(v[i]) ? 0 : (v[i] - m) / s;
            }
            x[j] = v;
            center[j] = m;
            scale[j] = s;
        }
        return new Design(n, x, center, scale);
    }

    /** {@code eta[i] = b0 + sum_j beta[j] * x[j][i]}. */
    void linear(double b0, double[] beta, double[] eta) {
        java.util.Arrays.fill(eta, b0);
        for (int j = 0; j < cols; j++) {
            double b = beta[j];
            if (b != 0) {
                double[] c = x[j];
                for (int i = 0; i < rows; i++) {
                    eta[i] += b * c[i];
                }
            }
        }
    }
}
