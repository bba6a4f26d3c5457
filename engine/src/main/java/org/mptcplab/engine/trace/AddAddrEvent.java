package org.mptcplab.engine.trace;

import java.util.OptionalInt;
import org.mptcplab.engine.wire.IpAddress;

/**
 * ADD_ADDR signalling (RFC 8684 §3.4.1), including the echo that makes it reliable.
 *
 * @param attempt 1 for the first transmission, 2.. for retransmissions
 */
public record AddAddrEvent(long time, String node, int localToken, Action action, int addressId, IpAddress address,
        OptionalInt port, int attempt) implements TraceEvent {

    /** Steps of the exchange. */
    public enum Action { SENT, RETRANSMITTED, RECEIVED, ECHO_SENT, ECHO_RECEIVED, GAVE_UP, REJECTED }

    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitAddAddr(this);
    }
}
