/**
 * Inspectors: the packet inspector (fields by layer with their byte ranges in the encoded datagram,
 * MPTCP options explained with their RFC 8684 section, a hex dump highlighting the selected field, and
 * the derivation trail key -> token -> HMAC recomputed with the engine's {@code MptcpCrypto}), the
 * hash-decision inspector (everything needed to recompute a load balancer's or ECMP router's choice by
 * hand, and for an MP_JOIN SYN which 5-tuple fields differ from the initial subflow's decision) and
 * the node-state inspector (connections, MPTCP tokens, keys and subflows, hash tables, routes and
 * firewall hits of one node, folded from the trace up to the cursor).
 *
 * <p>May: read engine wire records and trace events, encode packets with
 * {@link org.mptcplab.engine.wire.PacketCodec}, build JavaFX views bound to the view-models here. May
 * not: run or advance simulations (that is {@code playback}'s job) or keep static mutable state.
 */
package org.mptcplab.app.inspect;
