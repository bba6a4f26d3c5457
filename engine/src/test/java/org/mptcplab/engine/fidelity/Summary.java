package org.mptcplab.engine.fidelity;

import java.util.List;

/**
 * Mean, sample standard deviation and count of a list of goodputs.
 *
 * @param mean mean, NaN when empty
 * @param sd   sample standard deviation (n - 1), 0 for fewer than two values
 * @param n    number of values
 */
record Summary(double mean, double sd, int n) {

    /** Summarises {@code values} (summed in list order, so the result is reproducible). */
    static Summary of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new Summary(Double.NaN, 0, 0);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Summary(mean, n > 1 ? Math.sqrt(squares / (n - 1)) : 0, n);
    }
}
