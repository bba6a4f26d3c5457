package org.mptcplab.engine.scenario.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.CongestionEvent;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceSink;
import org.mptcplab.engine.trace.TraceVisitor;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;

/**
 * Writes the trace as JSON lines: one object per event, one event per line, fields always in the
 * same order ({@code t} in ns, {@code node}, {@code type}, then the type's own fields). The output
 * depends only on the events, so equal runs give byte-identical files, which is what the
 * determinism tests compare. Numbers are integers; tokens are 8 hex digits.
 */
public final class TraceJsonLines implements TraceSink {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private final Format format = new Format();
    // A packet keeps its TcpHeader object from hop to hop: remember the options text of recent headers
    // (direct-mapped by identity) so each hop does not format them again. Only speed depends on it.
    private final TcpHeader[] cachedHeaders = new TcpHeader[256];
    private final List<String>[] cachedOptions = newOptionsCache();
    private long lines;

    /** Writes to {@code out}; the caller closes it. */
    public TraceJsonLines(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Lines written so far. */
    public long lines() {
        return lines;
    }

    @Override
    public void accept(TraceEvent event) {
        line.setLength(0);
        event.accept(format).end();
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace", e);
        }
        lines++;
    }

    /** The line {@code event} becomes, without the newline (for tests and tools). */
    public static String toJson(TraceEvent event) {
        TraceJsonLines t = new TraceJsonLines(Writer.nullWriter());
        t.line.setLength(0);
        event.accept(t.format).end();
        return t.line.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newOptionsCache() {
        return (List<String>[]) new List<?>[256];
    }

    private List<String> options(TcpHeader h) {
        int slot = System.identityHashCode(h) & (cachedHeaders.length - 1);
        if (cachedHeaders[slot] != h) {
            List<String> options = new ArrayList<>(h.options().size());
            for (TcpOption o : h.options()) {
                options.add(o.toString());
            }
            cachedHeaders[slot] = h;
            cachedOptions[slot] = options;
        }
        return cachedOptions[slot];
    }

    private static String hex(int token) {
        return String.format("%08x", token);
    }

    private final class Format implements TraceVisitor<Json> {
        private Json start(TraceEvent e, String type) {
            return new Json(line).num("t", e.time()).str("node", e.node()).str("type", type);
        }

        @Override
        public Json visitPacket(PacketEvent e) {
            Json j = start(e, "packet").str("kind", e.kind().name()).str("iface", e.iface());
            if (e.dropReason() != null) {
                j.str("drop", e.dropReason().name());
            }
            return packet(j, e.packet());
        }

        private Json packet(Json j, Packet p) {
            List<String> options = options(p.tcp());
            return j.str("src", p.src().toString()).str("dst", p.dst().toString()).num("sport", p.srcPort())
                    .num("dport", p.dstPort()).str("flags", TcpFlags.toString(p.tcp().flags()))
                    .num("seq", Integer.toUnsignedLong(p.tcp().seq())).num("ack", Integer.toUnsignedLong(p.tcp().ack()))
                    .num("win", p.tcp().window()).num("ttl", p.ip().hopLimit()).num("len", p.payloadLength())
                    .strings("options", options);
        }

        @Override
        public Json visitConnection(ConnectionEvent e) {
            return start(e, "connection").str("flow", e.flow().toString()).str("from", e.from()).str("to", e.to())
                    .str("reason", e.reason());
        }

        @Override
        public Json visitCongestion(CongestionEvent e) {
            return start(e, "congestion").str("flow", e.flow().toString()).num("cwnd", e.cwndBytes())
                    .num("ssthresh", e.ssthreshBytes()).num("srtt", e.srttNanos()).str("cause", e.cause());
        }

        @Override
        public Json visitSubflow(SubflowEvent e) {
            return start(e, "subflow").str("token", hex(e.localToken())).str("flow", e.flow().toString())
                    .str("action", e.action().name()).str("reason", e.reason());
        }

        @Override
        public Json visitAddAddr(AddAddrEvent e) {
            return start(e, "addAddr").str("token", hex(e.localToken())).str("action", e.action().name())
                    .num("id", e.addressId()).str("address", String.valueOf(e.address()))
                    .num("port", e.port().orElse(0)).num("attempt", e.attempt());
        }

        @Override
        public Json visitHashDecision(HashDecision e) {
            return start(e, "hash").str("tuple", e.tuple().toString()).str("fields", e.fields())
                    .str("function", e.function()).str("input", e.input()).num("hash", e.hash())
                    .str("method", e.method()).num("slot", e.slot()).strings("candidates", e.candidates())
                    .str("chosen", e.chosen());
        }

        @Override
        public Json visitRouteChange(RouteChange e) {
            return start(e, "route").str("prefix", String.valueOf(e.prefix())).strings("nextHops", e.nextHops())
                    .str("action", e.action().name()).str("detail", e.detail());
        }

        @Override
        public Json visitApp(AppEvent e) {
            return start(e, "app").str("app", e.app()).str("kind", e.kind().name()).num("bytes", e.bytes())
                    .str("detail", e.detail());
        }

        @Override
        public Json visitNode(NodeEvent e) {
            return start(e, "node").str("kind", e.kind().name()).str("detail", e.detail());
        }
    }
}
