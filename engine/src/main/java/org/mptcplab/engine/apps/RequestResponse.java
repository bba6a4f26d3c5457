package org.mptcplab.engine.apps;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.tcp.StreamVerifier;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Payload;

/**
 * A client that sends {@code requests} requests of {@code requestSize} bytes one after the other on
 * one connection, each answered by {@code responseSize} bytes from the server ({@link #server}),
 * then closes. Records each request's latency (request written to response fully received).
 */
public final class RequestResponse implements SocketListener {
    private final AppTrace trace;
    private final String name;
    private final int requests;
    private final long requestSize;
    private final long responseSize;
    private final List<Long> latencies = new ArrayList<>();
    private StreamVerifier verifier;
    private long received;
    private int sent;
    private long requestAt;
    private long startedAt;
    private long connectedAt = -1;
    private long completedAt = -1;
    private int resets;
    private String error = "";

    private RequestResponse(StreamTransport transport, String name, int requests, long requestSize,
            long responseSize) {
        if (requests < 1 || requestSize < 1 || responseSize < 1) {
            throw new IllegalArgumentException("requests and sizes must be positive");
        }
        this.trace = new AppTrace(transport.host(), name);
        this.name = name;
        this.requests = requests;
        this.requestSize = requestSize;
        this.responseSize = responseSize;
    }

    /** Starts a client now. */
    public static RequestResponse client(StreamTransport transport, String name, IpAddress remote, int port,
            int requests, long requestSize, long responseSize) {
        RequestResponse c = new RequestResponse(transport, name, requests, requestSize, responseSize);
        c.startedAt = c.trace.now();
        c.trace.publish(AppEvent.Kind.STARTED, (long) requests * requestSize, "to " + remote + ":" + port);
        transport.connect(null, remote, port, c);
        return c;
    }

    /** Serves requests of {@code requestSize} bytes with {@code responseSize} bytes each, on {@code port}. */
    public static void server(StreamTransport transport, int port, long requestSize, long responseSize) {
        transport.listen(port, sock -> new SocketListener() {
            private long in;

            @Override
            public void onData(StreamSocket s, long offset, Payload data) {
                long before = in / requestSize;
                in += data.length();
                long answers = in / requestSize - before;
                if (answers > 0) {
                    s.write(answers * responseSize);
                }
            }

            @Override
            public void onRemoteClosed(StreamSocket s) {
                s.close();
            }
        });
    }

    @Override
    public void onConnected(StreamSocket s) {
        connectedAt = trace.now();
        verifier = new StreamVerifier(s.remoteStreamKey());
        trace.publish(AppEvent.Kind.CONNECTED, 0, s.describe());
        sendRequest(s);
    }

    private void sendRequest(StreamSocket s) {
        sent++;
        requestAt = trace.now();
        s.write(requestSize);
    }

    @Override
    public void onData(StreamSocket s, long offset, Payload data) {
        if (!verifier.accept(offset, data) && error.isEmpty()) {
            error = verifier.error().orElse("integrity error");
            trace.publish(AppEvent.Kind.INTEGRITY_ERROR, received, error);
        }
        received += data.length();
        while (received >= sent * responseSize && latencies.size() < sent) {
            latencies.add(trace.now() - requestAt);
            if (sent < requests) {
                sendRequest(s);
            } else {
                completedAt = trace.now();
                trace.publish(AppEvent.Kind.COMPLETED, received, requests + " requests");
                s.close();
            }
        }
    }

    @Override
    public void onReset(StreamSocket s, String reason) {
        resets++;
        error = reason;
        trace.publish(AppEvent.Kind.RESET, received, reason);
    }

    /** Latency of each completed request, ns. */
    public List<Long> latencies() {
        return List.copyOf(latencies);
    }

    /** Progress so far (bytes are response bytes received). */
    public TransferReport report() {
        boolean intact = verifier == null || verifier.ok();
        return new TransferReport(name, trace.node(), startedAt, connectedAt, completedAt, received, resets, intact,
                error);
    }
}
