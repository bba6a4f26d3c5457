package org.mptcplab.engine.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A host's inbound filter (the INPUT chain).
 *
 * @param rules         evaluated in order, first match decides
 * @param defaultAction what happens to a packet no rule matches
 */
public record FirewallSpec(List<FirewallRuleSpec> rules, FirewallAction defaultAction) {
    /** Copies the rules. */
    public FirewallSpec {
        rules = List.copyOf(rules);
        Objects.requireNonNull(defaultAction, "defaultAction");
    }
}
