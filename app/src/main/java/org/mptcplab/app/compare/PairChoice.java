package org.mptcplab.app.compare;

import org.mptcplab.app.editor.BranchParameter;

/**
 * What the pair chooser asked for, FX-free so it is tested without a window: a preset, any two
 * catalogue scenarios, or one scenario against a variant with one {@link BranchParameter} changed.
 *
 * @param kind      which of the three
 * @param first     preset index (as text), left scenario id, or the scenario of the variant
 * @param second    right scenario id (TWO_SCENARIOS only)
 * @param parameter the parameter a variant changes (VARIANT only)
 * @param value     its new value (VARIANT only)
 */
public record PairChoice(Kind kind, String first, String second, BranchParameter parameter, String value) {

    /** The three ways to choose. */
    public enum Kind { PRESET, TWO_SCENARIOS, VARIANT }

    /**
     * The pair to run.
     *
     * @throws IllegalArgumentException with a message for the user when the choice cannot run
     */
    public ComparePair toPair() {
        return switch (kind) {
            case PRESET -> {
                int i = Integer.parseInt(first);
                yield ComparePair.builtIn(ComparePair.PRESETS.get(i).get(0), ComparePair.PRESETS.get(i).get(1));
            }
            case TWO_SCENARIOS -> ComparePair.builtIn(first, second);
            case VARIANT -> {
                if (parameter == null || value == null || value.isBlank()) {
                    throw new IllegalArgumentException("choose a parameter and a value for the variant");
                }
                yield ComparePair.variant(first, parameter, value.strip());
            }
        };
    }
}
