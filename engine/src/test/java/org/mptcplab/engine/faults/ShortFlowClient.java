package org.mptcplab.engine.faults;

import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.tcp.StreamVerifier;
import org.mptcplab.engine.wire.Payload;

/**
 * A client that opens one short download after another: connect, receive what the server sends
 * until it closes, close, wait {@code think}, connect again; after a reset it waits and reconnects
 * too. Each connection's stream is verified. It keeps counters only, never the sockets of finished
 * connections, so whatever a soak sees growing is the engine's.
 *
 * <p>Source ports come from the caller, in sequence, as Linux picks them (RFC 6056 §3.3.3 / §3.3.4:
 * the next port for the same destination). The engine's own choice is a fresh random port each time
 * (RFC 6056 §3.3.1), which at hundreds of connections per second soon lands on a 5-tuple the server
 * still holds in TIME_WAIT; the engine's servers then ignore the client's RST (RFC 1337), and the
 * client waits in SYN_SENT until TIME_WAIT ends. See docs/hardening.md, "Soak".
 */
final class ShortFlowClient implements SocketListener {
    /** Opens a connection from {@code localPort} with {@code listener}. */
    @FunctionalInterface
    interface Opener {
        void open(int localPort, SocketListener listener);
    }

    private final StreamTransport transport;
    private final Opener opener;
    private final java.util.function.IntSupplier ports;
    private final long think;
    private final Timer next;
    private StreamVerifier verifier;
    private long opened;
    private long completed;
    private long resets;
    private long corrupt;
    private long bytes;

    ShortFlowClient(StreamTransport transport, Opener opener, java.util.function.IntSupplier ports, long think) {
        this.transport = transport;
        this.opener = opener;
        this.ports = ports;
        this.think = think;
        Simulator sim = transport.host().simulator();
        this.next = sim.newTimer(this::connect);
    }

    void startAt(long at) {
        next.rescheduleAt(at);
    }

    private void connect() {
        opened++;
        verifier = null;
        opener.open(ports.getAsInt(), this);
    }

    @Override
    public void onConnected(StreamSocket s) {
        verifier = new StreamVerifier(s.remoteStreamKey());
    }

    @Override
    public void onData(StreamSocket s, long offset, Payload data) {
        if (!verifier.accept(offset, data)) {
            corrupt++;
        }
        bytes += data.length();
    }

    @Override
    public void onRemoteClosed(StreamSocket s) {
        completed++;
        s.close();
        next.rescheduleIn(think);
    }

    @Override
    public void onReset(StreamSocket s, String reason) {
        resets++;
        next.rescheduleIn(think);
    }

    long opened() {
        return opened;
    }

    long completed() {
        return completed;
    }

    long resets() {
        return resets;
    }

    long corrupt() {
        return corrupt;
    }

    long bytes() {
        return bytes;
    }
}
