package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceEvent;

/** What the anycast tests look at: route changes of r1 and RST packets (not the bulk data). */
final class AnycastChanges {
    private AnycastChanges() {
    }

    static boolean keep(TraceEvent e) {
        return !(e instanceof PacketEvent p) || Packets.isRst(p);
    }

    /** Times at which r1's anycast group actually changed, with the action. */
    static List<RouteChange> groupChanges(CatalogueRun run) {
        return run.events(RouteChange.class).stream().filter(e -> e.node().equals("r1")).toList();
    }

    /** The withdrawal at 5 s and re-announcement at 10 s of s1 reached r1's table. */
    static void assertMaintenanceHappened(CatalogueRun run) {
        List<RouteChange> changes = groupChanges(run);
        assertThat(changes).extracting(RouteChange::action, RouteChange::time).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RouteChange.Action.WITHDRAWN, Time.seconds(5)),
                org.assertj.core.groups.Tuple.tuple(RouteChange.Action.ANNOUNCED, Time.seconds(10)));
        assertThat(changes.get(0).nextHops()).hasSize(2);
        assertThat(changes.get(1).nextHops()).hasSize(3);
    }

    /** RST packets servers sent in [from, from + window). */
    static long serverRsts(CatalogueRun run, long from, long window) {
        return run.events(PacketEvent.class).stream()
                .filter(e -> e.kind() == PacketEvent.Kind.SENT && !e.node().equals("client") && Packets.isRst(e)
                        && e.time() >= from && e.time() < from + window).count();
    }
}
