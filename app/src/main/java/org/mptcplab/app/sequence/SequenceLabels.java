package org.mptcplab.app.sequence;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpFastclose;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.MpPrio;
import org.mptcplab.engine.wire.MpTcpRst;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.RemoveAddr;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;

/**
 * Short arrow labels: the TCP role of the segment, then the MPTCP signal it carries (RFC 8684 §3),
 * e.g. "SYN/ACK + MP_CAPABLE C", "SYN + MP_JOIN tok=0x1a2b3c4d", "ADD_ADDR id=1 10.0.0.1",
 * "DSS dsn=IDSN+1 len=1400". Stateless.
 */
public final class SequenceLabels {
    private SequenceLabels() {}

    /** The label of {@code p}, DSNs in full. */
    public static String of(Packet p) {
        return of(p, DataSequenceBase.none());
    }

    /** The label of {@code p}, DSNs written relative to their connection's IDSN where {@code base} knows it. */
    public static String of(Packet p, DataSequenceBase base) {
        return full(p, base);
    }

    /**
     * The label of {@code p} at a level of detail: {@code flags} false gives the segment and option
     * names only ("SYN/ACK + MP_CAPABLE"); {@code flags} true adds option flags and the advertised
     * address ("MP_CAPABLE C", "ADD_ADDR echo 10.0.0.2", "MP_JOIN B"); {@code values} true gives the
     * full label with tokens, addresses and data sequence numbers (what the screen shows).
     */
    public static String of(Packet p, DataSequenceBase base, boolean flags, boolean values) {
        if (values) {
            return full(p, base);
        }
        TcpHeader tcp = p.tcp();
        List<String> parts = new ArrayList<>();
        String t = tcpPart(p);
        parts.add(t.startsWith("data ") ? "data" : t);
        tcp.find(MpCapableSyn.class).ifPresent(o -> parts.add("MP_CAPABLE" + (flags ? cFlag(o.flags()) : "")));
        tcp.find(MpCapableSynAck.class).ifPresent(o -> parts.add("MP_CAPABLE" + (flags ? cFlag(o.flags()) : "")));
        tcp.find(MpCapableAck.class).ifPresent(o -> parts.add("MP_CAPABLE"));
        tcp.find(MpJoinSyn.class).ifPresent(o -> parts.add("MP_JOIN" + (flags && o.backup() ? " B" : "")));
        tcp.find(MpJoinSynAck.class).ifPresent(o -> parts.add("MP_JOIN"));
        tcp.find(MpJoinAck.class).ifPresent(o -> parts.add("MP_JOIN"));
        for (AddAddr a : tcp.findAll(AddAddr.class)) {
            // The advertised address is the point of the fix, so it shows whenever flags do.
            parts.add("ADD_ADDR" + (flags && a.echo() ? " echo" : "") + (flags ? " " + a.address()
                    + (a.port().isPresent() ? ":" + a.port().getAsInt() : "") : ""));
        }
        tcp.find(RemoveAddr.class).ifPresent(o -> parts.add("REMOVE_ADDR"));
        tcp.find(MpPrio.class).ifPresent(o -> parts.add("MP_PRIO" + (flags && o.backup() ? " B" : "")));
        tcp.find(MpFastclose.class).ifPresent(o -> parts.add("MP_FASTCLOSE"));
        tcp.find(MpTcpRst.class).ifPresent(o -> parts.add("MP_TCPRST"));
        tcp.find(Dss.class).ifPresent(d -> {
            if (d.mapping() != null) {
                parts.remove("data");
                parts.add("DSS");
            }
            if (d.dataFin()) {
                parts.add("DATA_FIN");
            }
        });
        return String.join(" + ", parts);
    }

    private static String full(Packet p, DataSequenceBase base) {
        TcpHeader tcp = p.tcp();
        List<String> parts = new ArrayList<>();
        parts.add(tcpPart(p));
        tcp.find(MpCapableSyn.class).ifPresent(o -> parts.add("MP_CAPABLE" + cFlag(o.flags())));
        tcp.find(MpCapableSynAck.class).ifPresent(o -> parts.add("MP_CAPABLE" + cFlag(o.flags())));
        tcp.find(MpCapableAck.class).ifPresent(o -> parts.add("MP_CAPABLE keys"));
        tcp.find(MpJoinSyn.class).ifPresent(o -> parts.add("MP_JOIN tok=" + String.format("0x%08x", o.receiverToken())
                + (o.backup() ? " B" : "")));
        tcp.find(MpJoinSynAck.class).ifPresent(o -> parts.add("MP_JOIN"));
        tcp.find(MpJoinAck.class).ifPresent(o -> parts.add("MP_JOIN"));
        for (AddAddr a : tcp.findAll(AddAddr.class)) {
            parts.add("ADD_ADDR" + (a.echo() ? " echo" : "") + " id=" + a.addressId() + " " + a.address()
                    + (a.port().isPresent() ? ":" + a.port().getAsInt() : ""));
        }
        tcp.find(RemoveAddr.class).ifPresent(o -> parts.add("REMOVE_ADDR"));
        tcp.find(MpPrio.class).ifPresent(o -> parts.add("MP_PRIO" + (o.backup() ? " B" : "")));
        tcp.find(MpFastclose.class).ifPresent(o -> parts.add("MP_FASTCLOSE"));
        tcp.find(MpTcpRst.class).ifPresent(o -> parts.add("MP_TCPRST"));
        tcp.find(Dss.class).ifPresent(d -> dss(d, base, parts));
        return String.join(" + ", parts);
    }

    private static String tcpPart(Packet p) {
        int f = p.tcp().flags();
        if (TcpFlags.has(f, TcpFlags.RST)) {
            return "RST";
        }
        if (TcpFlags.isSynOnly(f)) {
            return "SYN";
        }
        if (TcpFlags.isSynAck(f)) {
            return "SYN/ACK";
        }
        if (TcpFlags.has(f, TcpFlags.FIN)) {
            return "FIN";
        }
        return p.payloadLength() > 0 ? "data len=" + p.payloadLength() : "ACK";
    }

    private static void dss(Dss d, DataSequenceBase base, List<String> parts) {
        if (d.mapping() != null) {
            // A DSS with a mapping replaces the plain "data" part: the data sequence is what matters.
            parts.removeIf(s -> s.startsWith("data "));
            parts.add("DSS dsn=" + base.format(d.mapping().dsn(), d.dsn8()) + " len=" + d.mapping().dataLength());
        }
        if (d.dataFin()) {
            parts.add("DATA_FIN");
        }
    }

    private static String cFlag(int flags) {
        return MpCapableFlags.has(flags, MpCapableFlags.NO_JOIN_TO_SOURCE) ? " C" : "";
    }
}
