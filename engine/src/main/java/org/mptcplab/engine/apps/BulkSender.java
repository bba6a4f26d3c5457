package org.mptcplab.engine.apps;

import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.wire.IpAddress;

/**
 * Sends a fixed number of virtual bytes and then closes, either as a client that connects
 * ({@link #upload}) or on every connection a server accepts ({@link #serve}, for downloads). With
 * {@link #UNLIMITED} it keeps sending for as long as the simulation runs (duration-mode experiments
 * read {@link #report()} at their deadline). Completion is the moment both FINs are exchanged, i.e.
 * the peer has everything and closed too.
 */
public final class BulkSender implements SocketListener {
    /** Size meaning "send until the run ends". */
    public static final long UNLIMITED = Long.MAX_VALUE / 4;

    private final AppTrace trace;
    private final String name;
    private final long size;
    private StreamSocket socket;
    private long startedAt = -1;
    private long connectedAt = -1;
    private long completedAt = -1;
    private int resets;
    private String error = "";

    private BulkSender(StreamTransport transport, String name, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
        this.trace = new AppTrace(transport.host(), name);
        this.name = name;
        this.size = size;
    }

    /** Connects to {@code remote:port} now and sends {@code size} bytes. */
    public static BulkSender upload(StreamTransport transport, String name, IpAddress remote, int port, long size) {
        BulkSender s = new BulkSender(transport, name, size);
        s.startedAt = s.trace.now();
        s.trace.publish(AppEvent.Kind.STARTED, size, "upload to " + remote + ":" + port);
        s.socket = transport.connect(null, remote, port, s);
        s.socket.write(size);
        if (size != UNLIMITED) {
            s.socket.close();
        }
        return s;
    }

    /**
     * Listens on {@code port} and sends {@code size} bytes on each accepted connection, each with its own
     * {@link BulkSender} passed to {@code onAccept} (may be null).
     */
    public static void serve(StreamTransport transport, String name, int port, long size,
            java.util.function.Consumer<BulkSender> onAccept) {
        transport.listen(port, sock -> {
            BulkSender s = new BulkSender(transport, name, size);
            s.socket = sock;
            s.startedAt = s.trace.now();
            s.connectedAt = s.startedAt;
            s.trace.publish(AppEvent.Kind.CONNECTED, size, sock.describe());
            sock.write(size);
            if (size != UNLIMITED) {
                sock.close();
            }
            if (onAccept != null) {
                onAccept.accept(s);
            }
            return s;
        });
    }

    @Override
    public void onConnected(StreamSocket s) {
        connectedAt = trace.now();
        trace.publish(AppEvent.Kind.CONNECTED, 0, s.describe());
    }

    @Override
    public void onRemoteClosed(StreamSocket s) {
        if (size == UNLIMITED) {
            s.close();
        }
    }

    @Override
    public void onClosed(StreamSocket s) {
        completedAt = trace.now();
        trace.publish(AppEvent.Kind.COMPLETED, s.bytesAcked(), name);
    }

    @Override
    public void onReset(StreamSocket s, String reason) {
        resets++;
        error = reason;
        trace.publish(AppEvent.Kind.RESET, s.bytesAcked(), reason);
    }

    /** The socket in use. */
    public StreamSocket socket() {
        return socket;
    }

    /** Progress so far; bytes are those the peer acknowledged. */
    public TransferReport report() {
        long acked = socket == null ? 0 : socket.bytesAcked();
        return new TransferReport(name, trace.node(), startedAt, connectedAt, completedAt, acked, resets, true, error);
    }
}
