package org.mptcplab.engine.tcp;

import java.util.List;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpOption;

/**
 * Hooks through which a protocol built on TCP (MPTCP, RFC 8684) rides on a {@link TcpConnection}
 * without the connection knowing it. One extension instance is attached per connection (subflow),
 * either at {@link TcpStack#connect(org.mptcplab.engine.wire.IpAddress, int,
 * org.mptcplab.engine.wire.IpAddress, int, SocketListener, TcpExtension) connect} time or by a
 * {@link SynInterceptor} when a SYN arrives. Every method has a no-op default.
 *
 * <p>Data path: in-order received data reaches the connection's {@link SocketListener} with its
 * subflow offset (install one with {@link TcpConnection#setListener}); data to send is pushed as
 * tagged chunks with {@link TcpConnection#pushChunk}, and each data segment reports its chunk tag
 * in {@link OutgoingSegment} so that a mapping option can be added.
 */
public interface TcpExtension {

    /** The extension was attached to {@code connection} (before any segment is sent or processed). */
    default void onAttach(TcpConnection connection) {}

    /**
     * Adds options to a segment being built: SYN, SYN/ACK, pure ACK, data, FIN or RST. The extension's
     * options go first; timestamps and SACK blocks are then added only as far as the 40-byte option
     * space allows (Linux drops them the same way).
     */
    default void addOptions(TcpConnection connection, OutgoingSegment segment, List<TcpOption> out) {}

    /**
     * Option bytes this extension adds to a full-sized data segment; the payload of data segments is
     * shrunk by this much so that the packet still fits the path MTU.
     */
    default int dataOptionBytes(TcpConnection connection) {
        return 0;
    }

    /**
     * Sees every segment that arrives for the connection before TCP processes it (including the SYN
     * of a passive open and the SYN/ACK of an active one).
     *
     * @return false to drop the segment silently; to refuse it, call
     *         {@link TcpConnection#abort(List, String)} and return false
     */
    default boolean onSegment(TcpConnection connection, Packet packet) {
        return true;
    }

    /** The handshake completed (state ESTABLISHED). */
    default void onEstablished(TcpConnection connection) {}

    /**
     * New data was acknowledged; {@code ackedDataBytes} is the number of subflow data bytes acknowledged
     * in total so far. Called before the connection tries to send, so the extension may push chunks.
     */
    default void onAcked(TcpConnection connection, long ackedDataBytes) {}

    /** The connection may be able to send more (an ACK arrived or the window opened). */
    default void onSendSpace(TcpConnection connection) {}

    /** A retransmission timeout fired for outstanding data. */
    default void onRetransmissionTimeout(TcpConnection connection) {}

    /** The connection reached CLOSED (or TIME_WAIT) gracefully. */
    default void onClosed(TcpConnection connection, String reason) {}

    /** The connection was reset or aborted; {@code reason} says why. */
    default void onReset(TcpConnection connection, String reason) {}
}
