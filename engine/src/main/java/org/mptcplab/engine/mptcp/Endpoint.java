package org.mptcplab.engine.mptcp;

import java.util.Objects;
import org.mptcplab.engine.wire.IpAddress;

/**
 * A path-manager endpoint, like {@code ip mptcp endpoint add ADDRESS [port P] [signal] [subflow]
 * [backup] [fullmesh]}.
 *
 * @param address  a local address
 * @param port     port to advertise with the address, 0 for none
 * @param signal   advertise it to the peer with ADD_ADDR once the connection is established
 * @param subflow  (client) open a subflow from it to the peer's initial address
 * @param backup   subflows from it are opened as backup (MP_JOIN flag B)
 * @param fullmesh (client) open a subflow from it to every address the peer advertises
 */
public record Endpoint(IpAddress address, int port, boolean signal, boolean subflow, boolean backup,
        boolean fullmesh) {

    /** Validates the port. */
    public Endpoint {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** {@code ip mptcp endpoint add ADDRESS signal}. */
    public static Endpoint signal(IpAddress address) {
        return new Endpoint(address, 0, true, false, false, false);
    }

    /** {@code ip mptcp endpoint add ADDRESS subflow}. */
    public static Endpoint subflow(IpAddress address) {
        return new Endpoint(address, 0, false, true, false, false);
    }

    /** {@code ip mptcp endpoint add ADDRESS subflow backup}. */
    public static Endpoint backupSubflow(IpAddress address) {
        return new Endpoint(address, 0, false, true, true, false);
    }

    /** {@code ip mptcp endpoint add ADDRESS subflow fullmesh}. */
    public static Endpoint fullmesh(IpAddress address) {
        return new Endpoint(address, 0, false, true, false, true);
    }
}
