package org.mptcplab.engine.mptcp;

import java.util.OptionalInt;
import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/** Publishes MPTCP trace events for one host, building them only when a sink listens. */
final class MptcpTrace {
    private final IpEndpoint host;

    MptcpTrace(IpEndpoint host) {
        this.host = host;
    }

    boolean enabled() {
        return host.trace().enabled();
    }

    void subflow(int token, FiveTuple flow, SubflowEvent.Action action, String reason) {
        TraceBus bus = host.trace();
        if (bus.enabled()) {
            bus.publish(new SubflowEvent(host.simulator().now(), host.name(), token, flow, action, reason));
        }
    }

    void addAddr(int token, AddAddrEvent.Action action, int id, IpAddress address, OptionalInt port, int attempt) {
        TraceBus bus = host.trace();
        if (bus.enabled()) {
            bus.publish(new AddAddrEvent(host.simulator().now(), host.name(), token, action, id, address, port,
                    attempt));
        }
    }

    static String hex(int token) {
        return "0x" + String.format("%08x", token);
    }
}
