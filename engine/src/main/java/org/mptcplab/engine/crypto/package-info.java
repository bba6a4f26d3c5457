/**
 * MPTCP's key-derived quantities: tokens, initial data sequence numbers and the HMACs of MP_JOIN and
 * ADD_ADDR (RFC 8684 §3.1, §3.2, §3.4.1; v0 variants from RFC 6824 §3.1).
 *
 * <p>May: compute pure functions of keys, nonces and addresses with the JDK's SHA and HMAC providers.
 * May not: hold state, draw random numbers (keys and nonces come from the caller's seeded stream),
 * read clocks, or know about sockets, packets on the wire or the simulation kernel. Every result
 * depends on its arguments only, so runs stay reproducible.
 */
package org.mptcplab.engine.crypto;
