package org.mptcplab.engine.security;

import java.util.Objects;
import org.mptcplab.engine.net.PacketMatch;

/**
 * One line of a {@link Firewall}: packets matching {@code match} get {@code verdict}.
 *
 * @param name    shown in hit counters and trace events
 * @param match   which packets the rule takes
 * @param verdict what happens to them
 * @param logged  whether each hit publishes a firewall event (off for the "established" rule, which
 *                would otherwise log every data packet)
 */
public record FirewallRule(String name, PacketMatch match, Verdict verdict, boolean logged) {
    public FirewallRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("firewall rule name must not be blank");
        }
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(verdict, "verdict");
    }

    @Override
    public String toString() {
        return name + ": " + match + " -> " + verdict;
    }
}
