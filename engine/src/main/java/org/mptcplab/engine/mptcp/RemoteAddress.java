package org.mptcplab.engine.mptcp;

import java.util.OptionalInt;
import org.mptcplab.engine.wire.IpAddress;

/**
 * An address the peer advertised with ADD_ADDR (RFC 8684 §3.4.1).
 *
 * @param id      the peer's address id
 * @param address the address
 * @param port    the advertised port, if any (without one, JOINs go to the initial subflow's port)
 */
public record RemoteAddress(int id, IpAddress address, OptionalInt port) {}
