package org.mptcplab.engine.scenario;

import org.mptcplab.engine.wire.IpAddress;

/**
 * A workload: a client application on host {@link #from()} talking to {@link #to()}:{@link #port()}.
 * The matching server application runs on every host that holds the address {@code to} (one host for
 * a unique address; every backend for a VIP or an anycast address).
 */
public sealed interface AppSpec permits BulkSpec, RequestResponseSpec, ReconnectingSpec {
    /** Name used in traces and in the run summary; unique in the scenario. */
    String name();

    /** Client host. */
    String from();

    /** Server address (unique, VIP or anycast). */
    IpAddress to();

    /** Server port. */
    int port();

    /** When the client starts, ns. */
    long start();

    /** TCP or MPTCP (the client host must have MPTCP enabled for the latter). */
    Protocol protocol();

    /** The {@code type} word scenario files use. */
    String type();

    /** Rejects ports outside 1..65535 and negative start times; shared by the implementations. */
    static void check(String name, IpAddress to, int port, long start) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("application name must not be blank");
        }
        if (to == null) {
            throw new IllegalArgumentException("application needs a destination address");
        }
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of 1..65535: " + port);
        }
        if (start < 0) {
            throw new IllegalArgumentException("start time must not be negative");
        }
    }
}
