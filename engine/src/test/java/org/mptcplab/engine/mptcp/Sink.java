package org.mptcplab.engine.mptcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.tcp.AcceptHandler;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.StreamVerifier;
import org.mptcplab.engine.wire.Payload;

/** A test application: keeps the socket, checks the received stream, closes when the peer does. */
final class Sink implements SocketListener {
    final List<String> events = new ArrayList<>();
    StreamSocket socket;
    StreamVerifier verifier;
    long received;
    boolean closeOnRemoteClose = true;

    /** An accept handler that hands every accepted socket to a new sink added to {@code sinks}. */
    static AcceptHandler accepting(List<Sink> sinks) {
        return s -> {
            Sink sink = new Sink();
            sinks.add(sink);
            sink.onConnected(s);
            return sink;
        };
    }

    @Override
    public void onConnected(StreamSocket s) {
        if (socket == null) {
            socket = s;
            verifier = new StreamVerifier(s.remoteStreamKey());
            events.add("connected");
        }
    }

    @Override
    public void onData(StreamSocket s, long offset, Payload data) {
        verifier.accept(offset, data);
        received += data.length();
    }

    @Override
    public void onRemoteClosed(StreamSocket s) {
        events.add("remote-closed");
        if (closeOnRemoteClose) {
            s.close();
        }
    }

    @Override
    public void onReset(StreamSocket s, String reason) {
        events.add("reset: " + reason);
    }

    @Override
    public void onClosed(StreamSocket s) {
        events.add("closed");
    }

    boolean intact() {
        return verifier != null && verifier.ok();
    }
}
