package org.mptcplab.app.reproduce;

/**
 * One line of the "paper | simulated | ratio" table.
 *
 * @param quantity  what is compared
 * @param paper     the talk's value (NaN when the talk gives none)
 * @param simulated the engine's value
 * @param unit      unit of both values
 */
public record ComparisonRow(String quantity, double paper, double simulated, String unit) {

    /** simulated / paper, NaN without a paper value. */
    public double ratio() {
        return paper == 0 || Double.isNaN(paper) ? Double.NaN : simulated / paper;
    }
}
