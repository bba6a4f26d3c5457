package org.mptcplab.engine.experiment;

import java.util.Arrays;

/**
 * Mean, sample standard deviation, minimum and maximum of a set of runs.
 *
 * @param n      number of values
 * @param mean   arithmetic mean
 * @param stddev sample standard deviation (0 for fewer than two values)
 * @param min    smallest value
 * @param max    largest value
 */
public record Stats(int n, double mean, double stddev, double min, double max) {

    /** Summarises {@code values}; an empty array gives NaN everywhere. */
    public static Stats of(double... values) {
        if (values.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
        return new Stats(values.length, mean, sd, Arrays.stream(values).min().orElseThrow(),
                Arrays.stream(values).max().orElseThrow());
    }
}
