package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.sim.Time;

/**
 * How a host makes its ADD_ADDR announcements reliable (RFC 8684 §3.4.1: the receiver echoes;
 * PROTOCOL.md §1 item 3).
 *
 * @param mode               timer (Linux) or piggyback (the paper's patch)
 * @param timeout            cap of the retransmission timer, ns (Linux {@code add_addr_timeout})
 * @param maxRetransmissions retransmissions before giving up (Linux: 3)
 */
public record AddAddrSpec(AddAddrMode mode, long timeout, int maxRetransmissions) {
    /** Linux-like: timer, at most 3 retransmissions; the timeout is capped at 2 s for teaching runs. */
    public static final AddAddrSpec DEFAULTS = new AddAddrSpec(AddAddrMode.TIMER, Time.seconds(2), 3);

    /** Validates ranges. */
    public AddAddrSpec {
        Objects.requireNonNull(mode, "mode");
        if (timeout <= 0) {
            throw new IllegalArgumentException("ADD_ADDR timeout must be positive");
        }
        if (maxRetransmissions < 0) {
            throw new IllegalArgumentException("ADD_ADDR retransmissions must not be negative");
        }
    }
}
