package org.mptcplab.engine.net;

import java.util.Arrays;
import java.util.Objects;
import org.mptcplab.engine.wire.Packet;

/** The scripted faults at one point (interface side or link direction), evaluated in the order added. */
final class FaultSet {
    private FaultRule[] rules = new FaultRule[0];

    void add(FaultRule rule) {
        Objects.requireNonNull(rule, "rule");
        rules = Arrays.copyOf(rules, rules.length + 1);
        rules[rules.length - 1] = rule;
    }

    boolean isEmpty() {
        return rules.length == 0;
    }

    /** Every rule sees the packet (so each keeps its own match count); any one of them may drop it. */
    boolean drops(Packet packet, long now) {
        boolean drop = false;
        for (FaultRule rule : rules) {
            drop |= rule.drops(packet, now);
        }
        return drop;
    }
}
