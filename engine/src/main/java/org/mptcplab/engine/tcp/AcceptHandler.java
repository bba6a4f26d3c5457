package org.mptcplab.engine.tcp;

/** Called by a listening transport for each new established connection. */
@FunctionalInterface
public interface AcceptHandler {
    /**
     * A connection was accepted.
     *
     * @return the listener for the new socket's callbacks (may be {@code null} to install one later
     *         with {@link StreamSocket#setListener})
     */
    SocketListener onAccept(StreamSocket socket);
}
