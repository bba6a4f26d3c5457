package org.mptcplab.engine.tcp;

/**
 * What an application sees of a reliable byte-stream connection, whether plain TCP
 * ({@link TcpConnection}) or MPTCP. Data is virtual: {@link #write(long)} appends bytes of this
 * side's stream (key {@link #localStreamKey()}), and the peer's bytes arrive through
 * {@link SocketListener#onData} as payload slices of stream {@link #remoteStreamKey()}.
 */
public interface StreamSocket {
    /** Installs the callbacks (replacing earlier ones). */
    void setListener(SocketListener listener);

    /**
     * Queues {@code bytes} more bytes of this side's stream for sending. Writes are accepted in any
     * state before {@link #close()}; bytes written before the handshake completes go out after it.
     *
     * @throws IllegalStateException after {@link #close()} or once the connection is closed/reset
     */
    void write(long bytes);

    /**
     * Graceful close of the sending direction: a FIN follows the queued data. Before the handshake
     * completes the close is remembered and the FIN follows once connected; use {@link #abort()} to
     * give up a connection attempt.
     */
    void close();

    /** Abortive close: sends RST and drops everything (RFC 9293 §3.10.5 ABORT). */
    void abort();

    /**
     * Stops (true) or resumes (false) delivery to the listener. While paused, in-order data stays in
     * the receive buffer and shrinks the advertised window, down to zero.
     */
    void setReceivePaused(boolean paused);

    /** Key of the stream this side writes. */
    long localStreamKey();

    /** Key of the stream this side receives (what a {@link StreamVerifier} should expect). */
    long remoteStreamKey();

    /** True once the connection is established and until it is closed or reset. */
    boolean isConnected();

    /** Bytes of this side's stream the peer has acknowledged. */
    long bytesAcked();

    /** Bytes of the peer's stream delivered to the listener so far. */
    long bytesDelivered();

    /** A short human label for logs and the UI, e.g. the 5-tuple. */
    String describe();
}
