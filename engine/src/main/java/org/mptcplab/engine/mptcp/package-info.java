/**
 * MPTCP v1 (RFC 8684) on top of the project's TCP, with Linux's path managers and the ICNP 2017
 * paper's "loadbalancing" one. Entry points: {@link org.mptcplab.engine.mptcp.MptcpStack} per host
 * (a {@link org.mptcplab.engine.tcp.StreamTransport}, so applications run unchanged over TCP or
 * MPTCP), {@link org.mptcplab.engine.mptcp.MptcpConnection} per connection (a
 * {@link org.mptcplab.engine.tcp.StreamSocket}), {@link org.mptcplab.engine.mptcp.MptcpConfig}, and the
 * {@link org.mptcplab.engine.mptcp.PathManager} strategies.
 *
 * <p>May: ride on {@code TcpConnection}s through the {@code TcpExtension} / {@code SynInterceptor}
 * hooks, build options from {@code wire} records, derive keys with {@code crypto.MptcpCrypto}, draw
 * from the host's named random streams ({@code mptcp:<host>:keys}, {@code mptcp:<host>:nonces}),
 * schedule timers, publish {@code SubflowEvent} and {@code AddAddrEvent} (only when the trace bus is
 * enabled). May not: know about links, routers or load balancers, send packets other than through
 * its subflows' TCP connections, read a clock, or iterate hash-ordered collections in a decision.
 *
 * <h2>Behaviour, following Linux where the RFC leaves a choice</h2>
 * <ul>
 *   <li>MP_CAPABLE (§3.1): the SYN carries no key, the SYN/ACK the server's, the third ACK both; until
 *       the client sees a DSS from the server, its segments at the first sequence number repeat
 *       MP_CAPABLE, the first data segment in its 22-byte form with the data-level length. Flag C is
 *       set by a server with {@code allowJoinInitialAddrPort=false}, and the client then never joins
 *       that address and port. Flag A turns on DSS checksums at both ends.</li>
 *   <li>Keys come from the host's {@code KeyPolicy}: random by default; a server behind a
 *       "token carries a server id" balancer draws until its token's leading bits hold its id. Keys are
 *       redrawn when their token is already used on the host. Tokens are registered from the
 *       SYN (server) or connect (client) until the connection ends or falls back.</li>
 *   <li>MP_JOIN (§3.2): HMACs checked at both ends; unknown token, bad HMAC, missing MP_JOIN or a
 *       JOIN to the address banned by C are refused with RST + MP_TCPRST (reason 1 MPTCP error, or 3
 *       administratively prohibited for limits and C, as Linux); the joining side sends no data before
 *       the 4th ACK and repeats its third ACK on a timer until it comes.</li>
 *   <li>Data (§3.3): every data segment carries a DSS mapping of exactly its own bytes with an 8-byte
 *       DSN and an 8-byte data ACK, then two NOPs (Linux's layout), or the checksum. A DATA_FIN rides on
 *       pure ACKs (subflow sequence 0, length 1), repeated on a timer until acknowledged. The peer's
 *       window fields count from the data ACK (§3.3.4) and bound the connection-level right edge.</li>
 *   <li>Scheduler: lowest smoothed RTT first among non-backup subflows with room; backup subflows only
 *       when no non-backup subflow is usable. Ranges of a failed subflow, and of a subflow whose
 *       retransmission timer fires while another one works, are reinjected elsewhere; the receiver
 *       keeps every byte once.</li>
 *   <li>Congestion: LIA (RFC 6356) or each subflow's own TCP policy; see {@code PayloadCounting} for
 *       why segments are counted by their real payload size.</li>
 *   <li>ADD_ADDR (§3.4.1): HMAC over id, address and port, echoed without HMAC; retransmitted by timer
 *       (largest subflow RTO capped by {@code addAddrTimeout}, at most 3 times) or piggy-backed on every
 *       segment until echoed. Signals go on pure ACKs, within the 40-byte option space.</li>
 *   <li>Address ids: 0 for the initial subflow's address, else the address's position in the host's
 *       address list, from 1.</li>
 *   <li>Fallback (§3.7): a SYN/ACK without MP_CAPABLE, a third ACK without it, or (client, before the
 *       handshake is confirmed) a server segment without MPTCP options. The stream is keyed by the
 *       initial subflow's ISNs, so nothing already sent changes meaning.</li>
 * </ul>
 *
 * <h2>Not implemented</h2>
 * MP_FAIL and the infinite mapping (a checksum mismatch resets the subflow instead); OLIA; fallback of
 * a JOIN subflow that loses its options; ADD_ADDR with a port opening a new listener (a JOIN is
 * accepted on whatever port of the host it arrives). REMOVE_ADDR resets the subflows using the
 * address rather than closing them gracefully.
 */
package org.mptcplab.engine.mptcp;
