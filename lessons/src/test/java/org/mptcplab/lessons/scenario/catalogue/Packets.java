package org.mptcplab.lessons.scenario.catalogue;

import java.util.List;
import java.util.Optional;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpOption;

/** Small queries over trace packets shared by the catalogue tests. */
final class Packets {
    private Packets() {
    }

    /** The first option of {@code type} in {@code p}, if any. */
    static <T extends TcpOption> Optional<T> option(Packet p, Class<T> type) {
        return p.tcp().find(type);
    }

    static boolean has(Packet p, Class<? extends TcpOption> type) {
        return option(p, type).isPresent();
    }

    static boolean isJoinSyn(Packet p) {
        return TcpFlags.isSynOnly(p.tcp().flags()) && has(p, MpJoinSyn.class);
    }

    static boolean isRst(PacketEvent e) {
        return e.packet().hasFlag(TcpFlags.RST);
    }

    /** Packet events of {@code kind} at {@code node}. */
    static List<PacketEvent> at(CatalogueRun run, String node, PacketEvent.Kind kind) {
        return run.events(PacketEvent.class).stream().filter(e -> e.node().equals(node) && e.kind() == kind).toList();
    }

    /** The hash decisions taken for packets of {@code tuple}. */
    static List<HashDecision> decisionsFor(CatalogueRun run, FiveTuple tuple) {
        return run.events(HashDecision.class).stream().filter(d -> d.tuple().equals(tuple)).toList();
    }

    /** The JOIN SYN the client sent (the first one). */
    static PacketEvent joinSyn(CatalogueRun run) {
        return at(run, "client", PacketEvent.Kind.SENT).stream().filter(e -> isJoinSyn(e.packet())).findFirst()
                .orElseThrow(() -> new AssertionError("the client sent no MP_JOIN SYN"));
    }

    /** The first SYN the client sent (the initial subflow). */
    static PacketEvent initialSyn(CatalogueRun run) {
        return at(run, "client", PacketEvent.Kind.SENT).stream()
                .filter(e -> TcpFlags.isSynOnly(e.packet().tcp().flags()) && !isJoinSyn(e.packet())).findFirst()
                .orElseThrow(() -> new AssertionError("the client opened no connection"));
    }
}
