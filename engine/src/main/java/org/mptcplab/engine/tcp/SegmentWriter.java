package org.mptcplab.engine.tcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpHeader;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Ipv6Address;
import org.mptcplab.engine.wire.Ipv6Header;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.SackBlock;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.Timestamps;

/**
 * Builds and sends one connection's segments: header fields, window (scaled per RFC 7323 §2.3, never
 * in a SYN), options (via {@link SegmentOptions} and the extension) and the timestamp echo of
 * RFC 7323 §4.3 (TS.Recent is updated only from segments at or before the last ACK sent). The IP
 * header is built once: records are immutable, so every packet of the connection shares it.
 */
final class SegmentWriter {
    private final TcpConnection c;
    private final IpEndpoint host;
    private final FiveTuple flow;
    private final IpHeader ipTemplate;
    private final int tsOffset;
    private int tsRecent;
    private long lastAckSent;
    /*
     * Reused per segment: the header copies its options into an immutable list, so these only carry
     * them from the extension and the layout to that copy. Fresh lists per segment were a large share
     * of the run's allocation.
     */
    private final List<TcpOption> extScratch = new ArrayList<>(4);
    private final List<TcpOption> optionScratch = new ArrayList<>(8);

    SegmentWriter(TcpConnection connection, IpEndpoint host, FiveTuple flow, int ttl, int tsOffset) {
        this.c = connection;
        this.host = host;
        this.flow = flow;
        this.tsOffset = tsOffset;
        if (flow.src() instanceof Ipv4Address s && flow.dst() instanceof Ipv4Address d) {
            ipTemplate = Ipv4Header.tcp(s, d, ttl);
        } else if (flow.src() instanceof Ipv6Address s && flow.dst() instanceof Ipv6Address d) {
            ipTemplate = Ipv6Header.tcp(s, d, ttl);
        } else {
            throw new IllegalArgumentException("mixed address families: " + flow);
        }
    }

    /** IP header bytes of every packet (20 or 40). */
    int ipHeaderLength() {
        return ipTemplate.headerLength();
    }

    /** Starts the echo with the timestamp of the peer's SYN. */
    void peerTimestamp(int tsVal) {
        tsRecent = tsVal;
    }

    void updateTsRecent(Timestamps ts, long segRel) {
        Negotiated n = c.negotiated();
        if (ts != null && n != null && n.timestamps() && ts.tsVal() - tsRecent >= 0 && segRel <= lastAckSent) {
            tsRecent = ts.tsVal();
        }
    }

    private int tsVal() {
        return (int) (host.simulator().now() / Time.MILLISECOND) + tsOffset;
    }

    /**
     * Sends a segment.
     *
     * @param extra options for a RST (the extension is not asked for RSTs)
     */
    void emit(int flags, int seq, Payload payload, long dataOffset, Object tag, long chunkOffset,
            boolean retransmission, List<TcpOption> extra) {
        boolean ack = (flags & TcpFlags.ACK) != 0;
        TcpReceiver receiver = c.receiver();
        int ackNo = ack ? receiver.ackNumber() : 0;
        List<TcpOption> ext = extra;
        TcpExtension extension = c.extension();
        if (extension != null && (flags & TcpFlags.RST) == 0) {
            ext = extScratch;
            ext.clear();
            int length = payload == null ? 0 : payload.length();
            extension.addOptions(c, new OutgoingSegment(flags, seq, ackNo, dataOffset, length, tag, chunkOffset,
                    retransmission), ext);
        }
        List<TcpOption> options;
        int window;
        Negotiated n = c.negotiated();
        TcpConfig config = c.config();
        if ((flags & TcpFlags.SYN) != 0) {
            boolean offer = !c.isPassive();
            boolean ts = offer ? config.timestamps() : n.timestamps();
            boolean sackPermitted = offer ? config.sack() : n.sack();
            int shift = offer ? (config.windowScaling() ? Negotiated.shiftFor(config.receiveBuffer()) : -1)
                    : (n.windowScaling() ? n.receiveShift() : -1);
            Timestamps stamp = ts ? new Timestamps(tsVal(), offer ? 0 : tsRecent) : null;
            options = SegmentOptions.handshake(c.ownMss(), sackPermitted, stamp, shift, ext);
            window = (int) Math.min(0xFFFF, config.receiveBuffer());
        } else {
            boolean ts = n != null && n.timestamps();
            List<SackBlock> sacks = n != null && n.sack() && receiver.hasGaps()
                    ? receiver.sackBlocks(org.mptcplab.engine.wire.TcpConstants.MAX_SACK_BLOCKS) : List.of();
            options = optionScratch;
            options.clear();
            SegmentOptions.regular(ts ? new Timestamps(tsVal(), tsRecent) : null, sacks, ext, options);
            int shift = n == null ? 0 : n.receiveShift();
            window = (int) Math.min(0xFFFF, receiver.window() >> shift);
        }
        TcpHeader header = new TcpHeader(flow.srcPort(), flow.dstPort(), seq, ackNo, flags, window, 0, options);
        Packet packet = new Packet(ipTemplate, header, payload == null ? Payload.empty() : payload);
        if (ack) {
            lastAckSent = receiver.rcvNxt();
            c.ackSent();
        }
        host.send(packet);
    }

    /** Sends RST {@code <SEQ=seq><CTL=RST>} for an unacceptable ACK (RFC 9293 §3.10.7.3/4). */
    void sendResetFor(int seq) {
        TcpHeader header = new TcpHeader(flow.srcPort(), flow.dstPort(), seq, 0, TcpFlags.RST, 0, 0, List.of());
        host.send(new Packet(ipTemplate, header, Payload.empty()));
    }
}
