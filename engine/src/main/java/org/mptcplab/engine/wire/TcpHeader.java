package org.mptcplab.engine.wire;

import java.util.List;
import java.util.Optional;

/**
 * TCP header (RFC 9293 §3.1). Sequence and acknowledgment numbers are raw 32-bit values (compare
 * them with {@link SeqNum}); data offset and checksum are computed by {@link PacketCodec}. Options are
 * written in list order and zero-padded to a multiple of 4 (see the package notes). Wireshark:
 * {@code tcp.srcport}, {@code tcp.dstport}, {@code tcp.seq_raw}, {@code tcp.ack_raw}, {@code tcp.flags},
 * {@code tcp.window_size_value}, {@code tcp.urgent_pointer}.
 *
 * @param srcPort 0..65535
 * @param dstPort 0..65535
 * @param seq sequence number
 * @param ack acknowledgment number
 * @param flags {@link TcpFlags} bits, 12 bits (0..0xFFF)
 * @param window unscaled window field, 0..65535
 * @param urgentPointer 0..65535
 * @param options options in wire order (copied immutably); at most 40 bytes once padded
 */
public record TcpHeader(int srcPort, int dstPort, int seq, int ack, int flags, int window, int urgentPointer,
        List<TcpOption> options) {

    /** Validates ranges and the option layout. */
    public TcpHeader {
        Check.range("srcPort", srcPort, 0, 0xFFFF);
        Check.range("dstPort", dstPort, 0, 0xFFFF);
        Check.range("flags", flags, 0, TcpFlags.MASK);
        Check.range("window", window, 0, 0xFFFF);
        Check.range("urgentPointer", urgentPointer, 0, 0xFFFF);
        Check.notNull("options", options);
        // The copy checks the layout and keeps the padded length, asked for at every hop.
        TcpOptionList checked = TcpOptionList.copyOf(options);
        options = checked;
        int padded = checked.paddedLength();
        if (padded > TcpConstants.MAX_OPTIONS_LENGTH) {
            throw new IllegalArgumentException("options take " + padded + " bytes, more than "
                    + TcpConstants.MAX_OPTIONS_LENGTH);
        }
    }

    /** True when every bit of {@code flag} is set. */
    public boolean hasFlag(int flag) {
        return TcpFlags.has(flags, flag);
    }

    /** Option bytes including the zero padding to a multiple of 4. */
    public int optionsLength() {
        return TcpOptionCodec.paddedLength(options);
    }

    /** Header length in bytes: 20 plus {@link #optionsLength()}. */
    public int headerLength() {
        return TcpConstants.HEADER_LENGTH + optionsLength();
    }

    /** The first option of the given type. */
    public <T extends TcpOption> Optional<T> find(Class<T> type) {
        // A plain loop: the MPTCP layer asks this for every segment, and a stream would allocate each time.
        for (int i = 0; i < options.size(); i++) {
            TcpOption option = options.get(i);
            if (type.isInstance(option)) {
                return Optional.of(type.cast(option));
            }
        }
        return Optional.empty();
    }

    /** All options of the given type, in wire order. */
    public <T extends TcpOption> List<T> findAll(Class<T> type) {
        return options.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The same header with other options. */
    public TcpHeader withOptions(List<TcpOption> newOptions) {
        return new TcpHeader(srcPort, dstPort, seq, ack, flags, window, urgentPointer, newOptions);
    }

    /** The same header with other ports (NAT, load balancer rewriting). */
    public TcpHeader withPorts(int newSrcPort, int newDstPort) {
        return new TcpHeader(newSrcPort, newDstPort, seq, ack, flags, window, urgentPointer, options);
    }
}
