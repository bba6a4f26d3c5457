/**
 * Wire layer: IPv4/IPv6/TCP headers and every TCP and MPTCP v1 option as immutable records, plus the
 * codecs that turn them into exact bytes and back (RFC 791, RFC 8200, RFC 9293, RFC 7323, RFC 2018,
 * RFC 8684 §3).
 *
 * <p>May: validate field ranges, compute checksums, encode and decode bytes. Decoding is strict and
 * canonical: every byte string it accepts re-encodes to exactly the same bytes, and every rejection
 * is a {@link org.mptcplab.engine.wire.DecodeException} naming an offset and a
 * {@link org.mptcplab.engine.wire.DecodeException.Reason}, never an index or buffer exception.
 *
 * <p>May not: keep state, read clocks, know about sockets, connections, nodes or the simulation
 * kernel. Protocol behaviour (which option to send when, key/token derivation) belongs to the stacks
 * and to {@code org.mptcplab.engine.crypto}.
 *
 * <p>Option padding convention: an option list is written exactly as given and then padded with zero
 * bytes (EOL) to a multiple of 4. Explicit NOPs, such as the two Linux writes after a DSS option that
 * carries a mapping without checksum, are {@link org.mptcplab.engine.wire.NoOperation} entries in the
 * list, so the codec stays exact. An explicit {@link org.mptcplab.engine.wire.EndOfOptions} may only
 * be the last entry and only at a 4-byte aligned offset; anywhere else it would be indistinguishable
 * from padding.
 */
package org.mptcplab.engine.wire;
