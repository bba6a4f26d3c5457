package org.mptcplab.engine.mptcp;

/**
 * A path manager (RFC 8684 §3.4, Linux {@code net/mptcp/pm*.c}): decides which subflows to open,
 * which addresses to advertise and which subflows to demote or close. One instance serves every
 * connection of a host and keeps no per-connection state; everything it needs is in the
 * {@link PathContext}. Every callback has an empty default.
 */
public interface PathManager {
    /** Name for traces and the UI, e.g. "in-kernel". */
    String name();

    /** The connection is established and both keys are known (ADD_ADDR can be authenticated). */
    default void connectionEstablished(PathContext connection) {}

    /**
     * The peer advertised {@code address}, it passed the HMAC check and the {@code add_addr_accepted}
     * limit (the echo is sent in any case).
     */
    default void addressAnnounced(PathContext connection, RemoteAddress address) {}

    /** The peer withdrew an address; subflows to it are already being closed. */
    default void addressRemoved(PathContext connection, RemoteAddress address) {}

    /** A subflow became usable (for an MP_JOIN subflow: after the 4th ACK). */
    default void subflowEstablished(PathContext connection, SubflowInfo subflow) {}

    /** A subflow closed or failed. */
    default void subflowClosed(PathContext connection, SubflowInfo subflow, String reason) {}
}
