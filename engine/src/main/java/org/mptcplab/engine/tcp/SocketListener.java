package org.mptcplab.engine.tcp;

import org.mptcplab.engine.wire.Payload;

/**
 * Callbacks from a {@link StreamSocket} to its application. Every method has an empty default so an
 * application overrides only what it needs. Callbacks run inside the simulation event that caused
 * them; an application may write, close or abort from within them.
 */
public interface SocketListener {
    /** The handshake completed. */
    default void onConnected(StreamSocket socket) {}

    /**
     * In-order bytes of the peer's stream, delivered exactly once.
     *
     * @param offset stream position of the first byte (0 for the first data byte of the connection)
     * @param data   the bytes, normally a {@link StreamPayload}
     */
    default void onData(StreamSocket socket, long offset, Payload data) {}

    /** The peer closed its sending direction (FIN received and all its data delivered). */
    default void onRemoteClosed(StreamSocket socket) {}

    /**
     * The connection died: RST received, connection refused, or aborted after too many
     * retransmissions. No further callbacks follow.
     */
    default void onReset(StreamSocket socket, String reason) {}

    /** Both directions closed gracefully (this side's FIN acknowledged, peer's FIN received). */
    default void onClosed(StreamSocket socket) {}
}
