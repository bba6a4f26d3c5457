package org.mptcplab.engine.wire;

/**
 * One SACK block (RFC 2018 §3): the first sequence number of a received range and the one after
 * its last byte. Raw 32-bit values. Wireshark: {@code tcp.options.sack_le}, {@code tcp.options.sack_re}.
 *
 * @param left left edge
 * @param right right edge
 */
public record SackBlock(int left, int right) {
}
