package org.mptcplab.engine.lb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.mptcplab.engine.net.NetInterface;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Node;
import org.mptcplab.engine.net.RouteEntry;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpHeader;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Packet;

/**
 * A layer-4 load balancer owning one or more VIPs (IPv4 and/or IPv6). For each client packet to a VIP
 * it asks its {@link Dispatch} (plain hashing by default: CRC-32 over the 5-tuple, mod N) for a
 * backend, optionally after a Katran-like per-flow table, and delivers by {@link Forwarding#NAT} or
 * {@link Forwarding#DSR}. It is one IP hop: the TTL is decremented as a router would (RFC 1812
 * §5.3.1). Packets not for a VIP are routed like a plain router, so servers' unique addresses may sit
 * behind it without any hash decision touching them; with NAT, replies from a backend that match a
 * mapping get the VIP back as source.
 *
 * <p>Every decision publishes a {@link org.mptcplab.engine.trace.HashDecision} when tracing is on;
 * {@link #counters()} count per backend and data vs control packets either way. Backends can be
 * removed and re-added at scheduled times ({@link RouteChange} BACKEND_REMOVED / BACKEND_ADDED): the
 * selector follows, pinned flows of a removed backend are forgotten.
 */
public final class LoadBalancer extends Node {
    /** Bound on NAT mappings. */
    public static final int NAT_CAPACITY = 1 << 20;

    private final Forwarding forwarding;
    private final List<IpAddress> vips = new ArrayList<>();
    private final BackendPool pool = new BackendPool();
    private final NatTable nat = new NatTable(NAT_CAPACITY);
    private final LbCounters counters = new LbCounters();
    private final Balancing context = new Context();
    private HashDecisionBuilder hashing = new HashDecisionBuilder(new Crc32(), HashInput.L4);
    private Dispatch dispatch = Dispatch.hash();
    private PinnedFlows flows;

    /** A balancer of {@code network}; register it with {@link Network#addNode}. */
    public LoadBalancer(Network network, String name, Forwarding forwarding) {
        super(network, name);
        this.forwarding = Objects.requireNonNull(forwarding, "forwarding");
    }

    /** NAT or DSR. */
    public Forwarding forwarding() {
        return forwarding;
    }

    /** Adds a virtual address the balancer answers for. */
    public void addVip(IpAddress vip) {
        Objects.requireNonNull(vip, "vip");
        if (vips.contains(vip)) {
            throw new IllegalArgumentException(name() + " already owns VIP " + vip);
        }
        vips.add(vip);
    }

    /** VIPs in the order added. */
    public List<IpAddress> vips() {
        return List.copyOf(vips);
    }

    /** Adds a backend, live from the start. */
    public void addBackend(Backend backend) {
        pool.add(Objects.requireNonNull(backend, "backend"));
    }

    /** Every configured backend, in configuration order. */
    public List<Backend> backends() {
        return pool.all();
    }

    /** Names of the live backends, in configuration order. */
    public List<String> liveBackends() {
        return pool.live();
    }

    /** Server id of {@code backend} for id-based modes: its position in the configured list. */
    public int serverId(String backend) {
        int id = pool.names().indexOf(backend);
        if (id < 0) {
            throw new IllegalArgumentException("no backend " + backend);
        }
        return id;
    }

    /** Hash function and fields (default CRC-32 over the L4 5-tuple). */
    public void setHashing(HashDecisionBuilder newHashing) {
        hashing = Objects.requireNonNull(newHashing, "hashing");
    }

    /** The hash function and fields. */
    public HashDecisionBuilder hashing() {
        return hashing;
    }

    /** How a hash becomes a backend, e.g. {@code ModN::of} (the default) or {@code b -> Maglev.of(13, b)}. */
    public void setSelection(Function<List<String>, BackendSelector> factory) {
        pool.setFactory(factory);
    }

    /** The selector over the live backends. */
    public BackendSelector selector() {
        return pool.selector();
    }

    /** Replaces the dispatch policy (plain hashing by default). */
    public void setDispatch(Dispatch newDispatch) {
        dispatch = Objects.requireNonNull(newDispatch, "dispatch");
    }

    /** The dispatch policy. */
    public Dispatch dispatch() {
        return dispatch;
    }

    /** Keeps a Katran-like connection table of {@code capacity} flows: a flow, once seen, keeps its backend. */
    public void enableFlowTable(int capacity) {
        flows = new PinnedFlows(capacity, "flow table");
    }

    /** The per-flow table, when enabled. */
    public Optional<FlowTable> flowTable() {
        return flows == null ? Optional.empty() : Optional.of(flows.table());
    }

    /** NAT mappings currently held. */
    public int natMappings() {
        return nat.size();
    }

    /** Packet counters, kept with tracing on or off. */
    public LbCounters counters() {
        return counters;
    }

    /** Takes {@code backend} out of the live set now; false if it was not live. */
    public boolean removeBackend(String backend) {
        pool.get(backend);
        if (!pool.remove(backend)) {
            return false;
        }
        if (flows != null) {
            flows.forget(backend);
        }
        dispatch.backendRemoved(backend);
        publishChange(RouteChange.Action.BACKEND_REMOVED, backend);
        return true;
    }

    /** Puts {@code backend} back into the live set now; false if it was live already. */
    public boolean restoreBackend(String backend) {
        pool.get(backend);
        if (!pool.restore(backend)) {
            return false;
        }
        publishChange(RouteChange.Action.BACKEND_ADDED, backend);
        return true;
    }

    /** Removes {@code backend} at absolute time {@code at} (ns). */
    public void scheduleRemoval(String backend, long at) {
        pool.get(backend);
        simulator().scheduleAt(at, () -> removeBackend(backend));
    }

    /** Re-adds {@code backend} at absolute time {@code at} (ns). */
    public void scheduleRestore(String backend, long at) {
        pool.get(backend);
        simulator().scheduleAt(at, () -> restoreBackend(backend));
    }

    @Override
    protected void receive(Packet packet, NetInterface in) {
        if (vips.contains(packet.dst())) {
            balance(packet, in);
            return;
        }
        if (forwarding == Forwarding.NAT) {
            NatTable.Mapping mapping = nat.lookup(FiveTuple.of(packet));
            if (mapping != null) {
                IpHeader ip = packet.ip().withAddresses(mapping.vip(), packet.dst());
                if (hop(packet, ip, route(packet), in)) {
                    counters.returned(packet.payloadLength() > 0);
                    dispatch.returned(packet, mapping.backend(), context);
                }
                return;
            }
        }
        if (hop(packet, packet.ip(), route(packet), in)) {
            counters.routed();
        }
    }

    private void balance(Packet packet, NetInterface in) {
        FiveTuple tuple = FiveTuple.of(packet);
        boolean explain = trace().enabled();
        Outcome outcome = flows == null ? null : flows.lookup(tuple, context, explain);
        if (outcome == null) {
            outcome = dispatch.decide(packet, tuple, context, explain);
            if (outcome != null && flows != null) {
                flows.pin(tuple, outcome.backend());
            }
        }
        if (outcome == null) {
            drop(packet, in, DropReason.NO_BACKEND);
            return;
        }
        if (explain) {
            trace().publish(outcome.explanation().toEvent(simulator().now(), name(), packet));
        }
        Backend backend = pool.get(outcome.backend());
        IpAddress target = backend.addressFor(packet.dst().version());
        IpHeader ip = packet.ip();
        if (forwarding == Forwarding.NAT) {
            if (target == null) {
                drop(packet, in, DropReason.NO_BACKEND);
                return;
            }
            ip = ip.withAddresses(ip.src(), target);
            nat.put(new FiveTuple(target, ip.src(), tuple.dstPort(), tuple.srcPort(), tuple.protocol()),
                    new NatTable.Mapping(packet.dst(), backend.name()));
        }
        NextHop hop = backend.via() != null ? backend.via()
                : routeTo(target != null ? target : backend.addresses().get(0), packet);
        if (hop(packet, ip, hop, in)) {
            counters.balanced(backend.name(), packet.payloadLength() > 0);
            dispatch.forwarded(packet, backend.name(), context);
        }
    }

    private NextHop routeTo(IpAddress address, Packet packet) {
        RouteEntry entry = routes().lookup(address);
        return entry == null ? null : routes().select(entry, packet);
    }

    /** Sends {@code packet} with header {@code ip} (TTL decremented here) via {@code hop}; false when dropped. */
    private boolean hop(Packet packet, IpHeader ip, NextHop hop, NetInterface in) {
        if (hop == null) {
            drop(packet, in, DropReason.NO_ROUTE);
            return false;
        }
        int hopLimit = ip.hopLimit();
        if (hopLimit <= 1) {
            drop(packet, in, DropReason.TTL_EXPIRED);
            return false;
        }
        Packet out = new Packet(ip.withHopLimit(hopLimit - 1), packet.tcp(), packet.payload());
        tracePacket(PacketEvent.Kind.FORWARDED, out, hop.iface());
        transmit(out, hop.iface());
        return true;
    }

    private void publishChange(RouteChange.Action action, String backend) {
        TraceBus trace = trace();
        if (trace.enabled()) {
            IpPrefix prefix = vips.isEmpty() ? null : new IpPrefix(vips.get(0), vips.get(0).byteLength() * 8);
            trace.publish(new RouteChange(simulator().now(), name(), prefix, pool.live(), action, backend));
        }
    }

    /** The view of this balancer that dispatch policies get. */
    private final class Context implements Balancing {
        @Override
        public HashDecisionBuilder hashing() {
            return hashing;
        }

        @Override
        public BackendSelector selector() {
            return pool.selector();
        }

        @Override
        public List<String> allBackends() {
            return pool.names();
        }

        @Override
        public boolean isLive(String backend) {
            return pool.isLive(backend);
        }

        @Override
        public void note(String detail) {
            TraceBus trace = trace();
            if (trace.enabled()) {
                trace.publish(new NodeEvent(simulator().now(), name(), NodeEvent.Kind.NOTE, detail));
            }
        }
    }
}
