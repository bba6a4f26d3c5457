package org.mptcplab.engine.mptcp;

import java.util.OptionalInt;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.IpAddress;

/**
 * One address this host advertised with ADD_ADDR (RFC 8684 §3.4.1) and the state that makes the
 * advertisement reliable: how often it went out, whether the echo (flag E) came back, whether the
 * sender gave up. Timing is the caller's; this class only counts and decides.
 */
final class Announcement {
    /** What to do when the retransmission timer fires. */
    enum Step { NONE, RETRANSMIT, GIVE_UP }

    private final AddAddr option;
    private final int maxRetransmissions;
    private int transmissions;
    private boolean echoed;
    private boolean gaveUp;

    Announcement(AddAddr option, int maxRetransmissions) {
        if (option.echo()) {
            throw new IllegalArgumentException("an announcement is not an echo");
        }
        this.option = option;
        this.maxRetransmissions = maxRetransmissions;
    }

    /** The ADD_ADDR to send, HMAC included. */
    AddAddr option() {
        return option;
    }

    int addressId() {
        return option.addressId();
    }

    IpAddress address() {
        return option.address();
    }

    OptionalInt port() {
        return option.port();
    }

    /** Counts one transmission and returns its attempt number (1 for the first). */
    int transmitted() {
        return ++transmissions;
    }

    int transmissions() {
        return transmissions;
    }

    /** True while the ADD_ADDR should still go out (not echoed, not given up). */
    boolean pending() {
        return !echoed && !gaveUp;
    }

    boolean echoed() {
        return echoed;
    }

    boolean gaveUp() {
        return gaveUp;
    }

    /**
     * An echo arrived: true when it matches this announcement (id, address and port) and is the
     * first one.
     */
    boolean onEcho(AddAddr echo) {
        if (!echo.echo() || echoed || echo.addressId() != option.addressId()
                || !echo.address().equals(option.address()) || !echo.port().equals(option.port())) {
            return false;
        }
        echoed = true;
        return true;
    }

    /** The retransmission timer fired (timer mode). */
    Step onTimeout() {
        if (!pending()) {
            return Step.NONE;
        }
        if (transmissions <= maxRetransmissions) {
            return Step.RETRANSMIT;
        }
        gaveUp = true;
        return Step.GIVE_UP;
    }

    /**
     * Retransmission timeout: the largest RTO among the connection's subflows, capped by
     * {@code add_addr_timeout} (Linux {@code mptcp_adjust_add_addr_timeout}), at least 1 ns.
     */
    static long timeout(long largestRto, long cap) {
        return Math.max(1, Math.min(largestRto, cap));
    }
}
