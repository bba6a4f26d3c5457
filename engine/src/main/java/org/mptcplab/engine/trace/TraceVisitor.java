package org.mptcplab.engine.trace;

/** One method per trace event kind; consumers implement what they need via {@link Adapter}. */
public interface TraceVisitor<R> {
    R visitPacket(PacketEvent e);

    R visitConnection(ConnectionEvent e);

    R visitCongestion(CongestionEvent e);

    R visitSubflow(SubflowEvent e);

    R visitAddAddr(AddAddrEvent e);

    R visitHashDecision(HashDecision e);

    R visitRouteChange(RouteChange e);

    R visitApp(AppEvent e);

    R visitNode(NodeEvent e);

    /** A visitor that answers {@link #otherwise} for every kind it does not override. */
    abstract class Adapter<R> implements TraceVisitor<R> {
        protected abstract R otherwise(TraceEvent e);

        @Override public R visitPacket(PacketEvent e) { return otherwise(e); }
        @Override public R visitConnection(ConnectionEvent e) { return otherwise(e); }
        @Override public R visitCongestion(CongestionEvent e) { return otherwise(e); }
        @Override public R visitSubflow(SubflowEvent e) { return otherwise(e); }
        @Override public R visitAddAddr(AddAddrEvent e) { return otherwise(e); }
        @Override public R visitHashDecision(HashDecision e) { return otherwise(e); }
        @Override public R visitRouteChange(RouteChange e) { return otherwise(e); }
        @Override public R visitApp(AppEvent e) { return otherwise(e); }
        @Override public R visitNode(NodeEvent e) { return otherwise(e); }
    }
}
