package org.mptcplab.engine.wire;

/** Test helper: the handshake segments that decide MP_CAPABLE / MP_JOIN validity. */
final class Contexts {
    static final SegmentContext SYN = new SegmentContext(TcpFlags.SYN, 0);
    static final SegmentContext SYN_ACK = new SegmentContext(TcpFlags.SYN | TcpFlags.ACK, 0);
    static final SegmentContext ACK = new SegmentContext(TcpFlags.ACK, 0);
    static final SegmentContext ACK_DATA = new SegmentContext(TcpFlags.ACK | TcpFlags.PSH, 1500);

    private Contexts() {}
}
