package org.mptcplab.engine.tcp;

import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.trace.CongestionEvent;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * Publishes one connection's {@link ConnectionEvent}s and {@link CongestionEvent}s. Nothing is built
 * unless the trace bus has a sink; routine window updates ("ack") are thinned to one per smoothed
 * RTT, while losses, recoveries and timeouts are always published.
 */
final class ConnectionTrace {
    private final IpEndpoint host;
    private final FiveTuple flow;
    private long lastRoutine = Long.MIN_VALUE;

    ConnectionTrace(IpEndpoint host, FiveTuple flow) {
        this.host = host;
        this.flow = flow;
    }

    void stateChanged(TcpState from, TcpState to, String reason) {
        if (host.trace().enabled()) {
            host.trace().publish(new ConnectionEvent(host.simulator().now(), host.name(), flow, from.name(), to.name(),
                    reason));
        }
    }

    void congestion(long now, long cwnd, long ssthresh, long srtt, String cause, boolean always) {
        if (!host.trace().enabled()) {
            return;
        }
        if (!always) {
            if (now - lastRoutine < Math.max(srtt, 1)) {
                return;
            }
            lastRoutine = now;
        }
        host.trace().publish(new CongestionEvent(now, host.name(), flow, cwnd, ssthresh, srtt, cause));
    }
}
