package org.mptcplab.engine.apps;

import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.tcp.StreamVerifier;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Payload;

/**
 * Receives a byte stream, checks it with a {@link StreamVerifier} and closes when the sender closes.
 * Either accepts uploads on a port ({@link #listen}, one receiver per connection) or downloads from a
 * server ({@link #download}). The transfer is complete when {@code expected} bytes arrived (or, with
 * {@code expected} &lt; 0, when the sender closed).
 */
public final class BulkReceiver implements SocketListener {
    private final AppTrace trace;
    private final String name;
    private final long expected;
    private StreamVerifier verifier;
    private long bytes;
    private long startedAt;
    private long connectedAt = -1;
    private long completedAt = -1;
    private int resets;
    private String error = "";

    private BulkReceiver(StreamTransport transport, String name, long expected) {
        this.trace = new AppTrace(transport.host(), name);
        this.name = name;
        this.expected = expected;
        this.startedAt = trace.now();
    }

    /** Accepts connections on {@code port}; each gets a receiver passed to {@code onAccept} (may be null). */
    public static void listen(StreamTransport transport, String name, int port, long expected,
            java.util.function.Consumer<BulkReceiver> onAccept) {
        transport.listen(port, sock -> {
            BulkReceiver r = new BulkReceiver(transport, name, expected);
            r.onConnected(sock);
            if (onAccept != null) {
                onAccept.accept(r);
            }
            return r;
        });
    }

    /** Connects to {@code remote:port} now and receives what the server sends. */
    public static BulkReceiver download(StreamTransport transport, String name, IpAddress remote, int port,
            long expected) {
        BulkReceiver r = new BulkReceiver(transport, name, expected);
        r.trace.publish(AppEvent.Kind.STARTED, expected, "download from " + remote + ":" + port);
        transport.connect(null, remote, port, r);
        return r;
    }

    @Override
    public void onConnected(StreamSocket s) {
        if (connectedAt < 0) {
            connectedAt = trace.now();
            verifier = new StreamVerifier(s.remoteStreamKey());
            trace.publish(AppEvent.Kind.CONNECTED, 0, s.describe());
        }
    }

    @Override
    public void onData(StreamSocket s, long offset, Payload data) {
        if (!verifier.accept(offset, data) && error.isEmpty()) {
            error = verifier.error().orElse("integrity error");
            trace.publish(AppEvent.Kind.INTEGRITY_ERROR, bytes, error);
        }
        bytes += data.length();
        if (expected >= 0 && bytes >= expected && completedAt < 0) {
            complete();
        }
    }

    private void complete() {
        completedAt = trace.now();
        trace.publish(AppEvent.Kind.COMPLETED, bytes, name);
        if (verifier.ok()) {
            trace.publish(AppEvent.Kind.VERIFIED, verifier.verifiedBytes(), "stream intact");
        }
    }

    @Override
    public void onRemoteClosed(StreamSocket s) {
        if (completedAt < 0 && expected < 0) {
            complete();
        }
        s.close();
    }

    @Override
    public void onReset(StreamSocket s, String reason) {
        resets++;
        if (error.isEmpty()) {
            error = reason;
        }
        trace.publish(AppEvent.Kind.RESET, bytes, reason);
    }

    /** Progress so far. */
    public TransferReport report() {
        boolean intact = verifier == null || verifier.ok();
        return new TransferReport(name, trace.node(), startedAt, connectedAt, completedAt, bytes, resets, intact, error);
    }
}
