package org.mptcplab.engine.faults;

import java.util.function.UnaryOperator;
import org.mptcplab.engine.scenario.Scenario;

/**
 * One fault, as a change to a fault-free scenario.
 *
 * @param name  label for test names and statistics
 * @param apply turns the base scenario into the faulty one
 */
record FaultCase(String name, UnaryOperator<Scenario> apply) {
    @Override
    public String toString() {
        return name;
    }
}
