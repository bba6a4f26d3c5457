package org.mptcplab.engine.scenario.run;

import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.tcp.AcceptHandler;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.wire.IpAddress;

/**
 * A client's transport that opens its connection from source ports the scenario chose instead of
 * ephemeral ones: {@code sourcePort} for the initial subflow and, over MPTCP, {@code joinSourcePort}
 * for the first MP_JOIN. Used only when a bulk application names a port, so default runs keep the
 * stacks' own port draws.
 */
final class PinnedPortTransport implements StreamTransport {
    private final Stacks.HostStacks stacks;
    private final boolean mptcp;
    private final int sourcePort;
    private final int joinSourcePort;

    /**
     * @param mptcp          true to connect over the host's MPTCP stack, false over plain TCP
     * @param sourcePort     initial subflow's source port, 0 for ephemeral
     * @param joinSourcePort first MP_JOIN's source port, 0 for ephemeral (ignored over TCP)
     */
    PinnedPortTransport(Stacks.HostStacks stacks, boolean mptcp, int sourcePort, int joinSourcePort) {
        this.stacks = stacks;
        this.mptcp = mptcp;
        this.sourcePort = sourcePort;
        this.joinSourcePort = joinSourcePort;
    }

    @Override
    public IpEndpoint host() {
        return stacks.tcp().host();
    }

    @Override
    public void listen(int port, AcceptHandler handler) {
        base().listen(port, handler);
    }

    @Override
    public void unlisten(int port) {
        base().unlisten(port);
    }

    private StreamTransport base() {
        return mptcp ? stacks.mptcp() : stacks.tcp();
    }

    @Override
    public StreamSocket connect(IpAddress localAddress, IpAddress remoteAddress, int remotePort,
            SocketListener listener) {
        return mptcp
                ? stacks.mptcp().connect(localAddress, sourcePort, remoteAddress, remotePort, listener, joinSourcePort)
                : stacks.tcp().connect(localAddress, sourcePort, remoteAddress, remotePort, listener, null);
    }
}
