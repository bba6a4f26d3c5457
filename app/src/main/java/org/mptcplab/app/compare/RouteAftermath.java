package org.mptcplab.app.compare;

import java.util.List;
import java.util.Set;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * What followed a route change until the next one: RSTs sent by any node and transfers the clients
 * saw reset. This is the anycast story (PROTOCOL.md §1): when the ECMP group changes, flows move to
 * another server, which answers RST, unless their data runs on subflows to unique addresses.
 *
 * @param rsts   RST segments sent in the window
 * @param resets client applications reset in the window
 */
record RouteAftermath(int rsts, int resets) {

    /** Counts over events {@code from} (inclusive) to {@code to} (exclusive). */
    static RouteAftermath count(List<TraceEvent> events, Set<String> clients, int from, int to) {
        int rsts = 0;
        int resets = 0;
        for (int i = from; i < to; i++) {
            TraceEvent e = events.get(i);
            if (e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.SENT && p.packet().hasFlag(TcpFlags.RST)) {
                rsts++;
            } else if (e instanceof AppEvent a && a.kind() == AppEvent.Kind.RESET && clients.contains(a.node())) {
                resets++;
            }
        }
        return new RouteAftermath(rsts, resets);
    }

    /** Compared across runs: whether the change cost any connection an RST. */
    String outcome() {
        return rsts > 0 ? "rst" : "no-rst";
    }

    /** In words, for the divergence sentence. */
    String detail() {
        if (rsts == 0) {
            return "no RST follows, the connections keep going";
        }
        return rsts + " RST" + (rsts == 1 ? "" : "s") + " follow" + (rsts == 1 ? "s" : "") + " and " + resets
                + " transfer" + (resets == 1 ? " is" : "s are") + " reset before the next route change";
    }
}
