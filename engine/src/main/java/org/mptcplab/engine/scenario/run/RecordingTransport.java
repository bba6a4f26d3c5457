package org.mptcplab.engine.scenario.run;

import java.util.List;
import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.tcp.AcceptHandler;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Hands a client application its host's transport while remembering every socket it opens, so the
 * summary can find the connections (and their subflows) behind each application without the
 * applications knowing.
 */
final class RecordingTransport implements StreamTransport {
    private final StreamTransport delegate;
    private final List<StreamSocket> sockets;

    RecordingTransport(StreamTransport delegate, List<StreamSocket> sockets) {
        this.delegate = delegate;
        this.sockets = sockets;
    }

    @Override
    public IpEndpoint host() {
        return delegate.host();
    }

    @Override
    public void listen(int port, AcceptHandler handler) {
        delegate.listen(port, handler);
    }

    @Override
    public void unlisten(int port) {
        delegate.unlisten(port);
    }

    @Override
    public StreamSocket connect(IpAddress localAddress, IpAddress remoteAddress, int remotePort,
            SocketListener listener) {
        StreamSocket s = delegate.connect(localAddress, remoteAddress, remotePort, listener);
        sockets.add(s);
        return s;
    }
}
