package org.mptcplab.engine.apps;

import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.tcp.StreamVerifier;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Payload;

/**
 * A client that downloads from a server which pushes data as soon as a connection is accepted
 * ({@link BulkSender#serve}), and that reconnects after {@code reconnectDelay} whenever its connection
 * is reset or times out (the anycast experiment's clients). It counts resets and the bytes received
 * over all its connections; each connection's stream is verified on its own.
 */
public final class ReconnectingClient implements SocketListener {
    private final StreamTransport transport;
    private final AppTrace trace;
    private final String name;
    private final IpAddress remote;
    private final int port;
    private final long reconnectDelay;
    private final Timer reconnect;
    private StreamSocket socket;
    private StreamVerifier verifier;
    private long bytes;
    private long startedAt = -1;
    private long connectedAt = -1;
    private int resets;
    private int connections;
    private boolean intact = true;
    private String error = "";
    private boolean stopped;

    /** A client that will connect to {@code remote:port} when {@link #start()} is called. */
    public ReconnectingClient(StreamTransport transport, String name, IpAddress remote, int port, long reconnectDelay) {
        if (reconnectDelay < 0) {
            throw new IllegalArgumentException("negative reconnect delay: " + reconnectDelay);
        }
        IpEndpoint host = transport.host();
        this.transport = transport;
        this.trace = new AppTrace(host, name);
        this.name = name;
        this.remote = remote;
        this.port = port;
        this.reconnectDelay = reconnectDelay;
        this.reconnect = host.simulator().newTimer(this::connect);
    }

    /** Opens the first connection now. */
    public void start() {
        startedAt = trace.now();
        trace.publish(AppEvent.Kind.STARTED, 0, "download from " + remote + ":" + port);
        connect();
    }

    /** Stops reconnecting and closes the current connection. */
    public void stop() {
        stopped = true;
        reconnect.cancel();
        if (socket != null && socket.isConnected()) {
            socket.close();
        }
    }

    private void connect() {
        if (stopped) {
            return;
        }
        connections++;
        socket = transport.connect(null, remote, port, this);
    }

    @Override
    public void onConnected(StreamSocket s) {
        if (connectedAt < 0) {
            connectedAt = trace.now();
        }
        verifier = new StreamVerifier(s.remoteStreamKey());
        trace.publish(AppEvent.Kind.CONNECTED, bytes, s.describe());
    }

    @Override
    public void onData(StreamSocket s, long offset, Payload data) {
        if (!verifier.accept(offset, data) && intact) {
            intact = false;
            error = verifier.error().orElse("integrity error");
            trace.publish(AppEvent.Kind.INTEGRITY_ERROR, bytes, error);
        }
        bytes += data.length();
    }

    @Override
    public void onRemoteClosed(StreamSocket s) {
        s.close();
    }

    @Override
    public void onReset(StreamSocket s, String reason) {
        resets++;
        trace.publish(AppEvent.Kind.RESET, bytes, reason);
        if (!stopped) {
            trace.publish(AppEvent.Kind.RECONNECTING, bytes, "in " + reconnectDelay + " ns");
            reconnect.rescheduleIn(reconnectDelay);
        }
    }

    /** Connections lost to RST or timeout. */
    public int resets() {
        return resets;
    }

    /** Connections opened so far. */
    public int connections() {
        return connections;
    }

    /** Bytes received over all connections. */
    public long bytesReceived() {
        return bytes;
    }

    /** Progress so far (never "completed": the client runs until stopped). */
    public TransferReport report() {
        return new TransferReport(name, trace.node(), startedAt, connectedAt, -1, bytes, resets, intact, error);
    }
}
