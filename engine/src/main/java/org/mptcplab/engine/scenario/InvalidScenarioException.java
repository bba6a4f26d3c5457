package org.mptcplab.engine.scenario;

import java.util.List;

/** Thrown when a scenario that must be valid is not; the message is the first problem. */
public final class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** Wraps a non-empty problem list. */
    public InvalidScenarioException(List<Problem> problems) {
        super(problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, first one first. */
    public List<Problem> problems() {
        return problems;
    }
}
