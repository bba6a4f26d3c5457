package org.mptcplab.engine.scenario;

import java.util.Objects;

/**
 * One rule of a host firewall, evaluated in order; the first rule that matches decides.
 *
 * @param action      accept or drop
 * @param match       packet criteria
 * @param established when true the rule also requires the packet to belong to a connection the host
 *                    already has (conntrack's ESTABLISHED), so "accept established" rules can be written
 * @param knownToken  when true the rule also requires an MP_JOIN SYN whose token the host's MPTCP stack
 *                    knows (the talk's "accept only JOINs with a known token")
 */
public record FirewallRuleSpec(FirewallAction action, MatchSpec match, boolean established, boolean knownToken) {
    /** Requires action and match. */
    public FirewallRuleSpec {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(match, "match");
    }
}
