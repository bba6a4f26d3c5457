package org.mptcplab.lessons.scenario;

import java.util.List;
import org.mptcplab.engine.scenario.TcpSpec;
import org.mptcplab.engine.tcp.CongestionControls;

/** Reads a host's {@code tcp} object; fields left out keep {@link TcpSpec#DEFAULTS}. */
final class TcpReader {
    static final List<String> FIELDS = List.of("congestionControl", "mss", "minRto", "initialRto", "initialCwnd",
            "delayedAck", "sack", "timestamps", "receiveBuffer");
    static final List<String> DELAYED_ACK = List.of("count", "timeout");

    private TcpReader() {
    }

    static TcpSpec read(Located v, String path) {
        Cursor c = Cursor.of(v, path, FIELDS);
        TcpSpec d = TcpSpec.DEFAULTS;
        String cc = c.string("congestionControl", d.congestionControl());
        if (!CongestionControls.names().contains(cc) && !cc.equals("reno")) {
            throw c.error("congestionControl", "unknown congestion control \"" + cc + "\" "
                    + Suggestions.hint(cc, CongestionControls.names()));
        }
        int count = d.delayedAckCount();
        long timeout = d.delayedAckTimeout();
        if (c.has("delayedAck")) {
            Located da = c.required("delayedAck");
            if (da.kind() == Located.Kind.BOOLEAN) {
                count = Boolean.parseBoolean(da.text()) ? d.delayedAckCount() : 1;
            } else {
                Cursor dc = Cursor.of(da, c.path("delayedAck"), DELAYED_ACK);
                count = (int) dc.integer("count", count, 1, 64);
                timeout = dc.duration("timeout", timeout, 0);
            }
        }
        long minRto = c.duration("minRto", d.minRto(), 1);
        long initialRto = c.duration("initialRto", d.initialRto(), 1);
        return new TcpSpec(cc, (int) c.integer("mss", d.maxSegmentSize(), 0, 0xFFFF), minRto, initialRto,
                (int) c.integer("initialCwnd", d.initialCwnd(), 1, 1000), count, timeout,
                c.bool("sack", d.sack()), c.bool("timestamps", d.timestamps()),
                c.bytes("receiveBuffer", d.receiveBuffer(), 1));
    }
}
