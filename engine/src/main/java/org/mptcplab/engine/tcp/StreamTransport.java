package org.mptcplab.engine.tcp;

import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.wire.IpAddress;

/**
 * A host's stream transport as applications see it: TCP ({@link TcpStack}) or MPTCP. Applications
 * are written against this so that the same code runs over both.
 */
public interface StreamTransport {
    /** The host this transport runs on (name, simulator, trace bus). */
    IpEndpoint host();

    /** Accepts connections to {@code port} on every local address. */
    void listen(int port, AcceptHandler handler);

    /** Stops accepting on {@code port}; existing connections are not affected. */
    void unlisten(int port);

    /**
     * Opens a connection (active open) from an ephemeral port.
     *
     * @param localAddress source address, or {@code null} for the one the host would route from
     * @return the new socket, already sending its SYN
     */
    StreamSocket connect(IpAddress localAddress, IpAddress remoteAddress, int remotePort, SocketListener listener);
}
