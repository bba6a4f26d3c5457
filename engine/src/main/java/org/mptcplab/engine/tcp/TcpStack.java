package org.mptcplab.engine.tcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.net.TransportHandler;
import org.mptcplab.engine.sim.RandomStream;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpConstants;
import org.mptcplab.engine.wire.IpHeader;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Ipv6Address;
import org.mptcplab.engine.wire.Ipv6Header;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;

/**
 * The TCP layer of one host: demultiplexes arriving segments to connections by 5-tuple, accepts SYNs
 * for listening ports, answers everything else with RST (RFC 9293 §3.10.7.1), picks ephemeral ports
 * and ISNs from the named random streams {@code tcp:<host>:ports} and {@code tcp:<host>:isn}, and
 * keeps connections in TIME_WAIT. Creating a stack installs it as the host's transport handler.
 *
 * <p>TIME_WAIT is kept without a timer: a connection in TIME_WAIT remembers when its 2*MSL ends, and
 * the stack retires expired ones whenever it handles a packet, opens a connection or is asked to
 * ({@link #expireTimeWait()}). A simulation that has nothing else to do therefore ends at once instead
 * of idling for 60 s, and the CLOSED transition is traced at the moment of retirement, with the
 * expiry time in its reason.
 *
 * <p>For MPTCP: {@link #setSynInterceptor} sees every SYN that matches no connection before the
 * listener lookup, and {@link #connect(IpAddress, int, IpAddress, int, SocketListener, TcpExtension)}
 * attaches an extension to an active open.
 */
public final class TcpStack implements TransportHandler, StreamTransport {
    /** Linux's default {@code ip_local_port_range}. */
    public static final int EPHEMERAL_LOW = 32768;
    /** Upper end (inclusive) of the ephemeral range. */
    public static final int EPHEMERAL_HIGH = 60999;

    private final IpEndpoint host;
    private final TcpConfig config;
    private final Map<FiveTuple, TcpConnection> connections = new HashMap<>();
    private final TreeMap<Integer, AcceptHandler> listeners = new TreeMap<>();
    private final ArrayDeque<TimeWaitEntry> timeWait = new ArrayDeque<>();
    private final RandomStream ports;
    private final RandomStream isns;
    private SynInterceptor interceptor;
    /** Connections recent segments matched, tried before the table (see {@link RecentConnections}). */
    private final RecentConnections recent = new RecentConnections();
    private long resetsSent;

    private record TimeWaitEntry(TcpConnection connection, long until) {}

    /** A stack for {@code host}, installed as its transport handler. */
    public TcpStack(IpEndpoint host, TcpConfig config) {
        this.host = host;
        this.config = config;
        this.ports = host.simulator().random().stream("tcp:" + host.name() + ":ports");
        this.isns = host.simulator().random().stream("tcp:" + host.name() + ":isn");
        host.setTransport(this);
    }

    @Override
    public IpEndpoint host() {
        return host;
    }

    /** The stack's configuration. */
    public TcpConfig config() {
        return config;
    }

    /** Installs (or with null removes) the hook that sees unmatched SYNs first. */
    public void setSynInterceptor(SynInterceptor synInterceptor) {
        this.interceptor = synInterceptor;
    }

    @Override
    public void listen(int port, AcceptHandler handler) {
        checkPort(port);
        listeners.put(port, java.util.Objects.requireNonNull(handler, "handler"));
    }

    @Override
    public void unlisten(int port) {
        listeners.remove(port);
    }

    /** True when a listener is installed on {@code port}. */
    public boolean isListening(int port) {
        return listeners.containsKey(port);
    }

    @Override
    public StreamSocket connect(IpAddress localAddress, IpAddress remoteAddress, int remotePort,
            SocketListener listener) {
        return connect(localAddress, 0, remoteAddress, remotePort, listener, null);
    }

    /**
     * Active open with every choice explicit.
     *
     * @param localAddress source address, or null for the host's choice towards {@code remoteAddress}
     * @param localPort    source port, or 0 for an ephemeral one
     * @param extension    extension to attach (MPTCP), or null
     * @throws IllegalStateException when the 5-tuple is in use
     */
    public TcpConnection connect(IpAddress localAddress, int localPort, IpAddress remoteAddress, int remotePort,
            SocketListener listener, TcpExtension extension) {
        checkPort(remotePort);
        expireTimeWait();
        IpAddress local = localAddress != null ? localAddress : host.sourceAddressFor(remoteAddress);
        int port = localPort != 0 ? localPort : ephemeralPort(local, remoteAddress, remotePort);
        FiveTuple flow = new FiveTuple(local, remoteAddress, port, remotePort, FiveTuple.TCP);
        TcpConnection existing = connections.get(flow);
        if (existing != null) {
            if (existing.state() != TcpState.TIME_WAIT) {
                throw new IllegalStateException("connection already exists: " + flow);
            }
            existing.expireTimeWait(host.simulator().now());
        }
        TcpConnection c = new TcpConnection(this, flow, false, isns.nextInt(), isns.nextInt(), extension);
        c.setListener(listener);
        recent.clear();
        connections.put(flow, c);
        c.openActive();
        return c;
    }

    private int ephemeralPort(IpAddress local, IpAddress remote, int remotePort) {
        int span = EPHEMERAL_HIGH - EPHEMERAL_LOW + 1;
        int start = ports.nextInt(span);
        for (int i = 0; i < span; i++) {
            int port = EPHEMERAL_LOW + (start + i) % span;
            if (!connections.containsKey(new FiveTuple(local, remote, port, remotePort, FiveTuple.TCP))) {
                return port;
            }
        }
        throw new IllegalStateException("no free ephemeral port towards " + remote + ":" + remotePort);
    }

    private static void checkPort(int port) {
        if (port <= 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Open connections (TIME_WAIT included), sorted by 5-tuple. */
    public List<TcpConnection> connections() {
        List<TcpConnection> list = new ArrayList<>(new TreeMap<>(connections).values());
        return List.copyOf(list);
    }

    /** The connection for a local-first 5-tuple, or null. */
    public TcpConnection connection(FiveTuple localFirst) {
        return connections.get(localFirst);
    }

    /** RSTs this stack sent for segments that matched no connection. */
    public long resetsSent() {
        return resetsSent;
    }

    @Override
    public void receive(Packet packet) {
        if (packet.ip().protocol() != IpConstants.PROTO_TCP) {
            return;
        }
        expireTimeWait();
        TcpHeader h = packet.tcp();
        TcpConnection c = recent.find(packet.dst(), packet.src(), h.dstPort(), h.srcPort());
        if (c == null) {
            c = connections.get(keyOf(packet, h));
            if (c != null) {
                recent.remember(c);
            }
        }
        boolean synOnly = TcpFlags.isSynOnly(h.flags());
        if (c != null && c.state() == TcpState.TIME_WAIT && synOnly && c.receiver().relative(h.seq()) > c.receiver().rcvNxt()) {
            // RFC 9293 §3.10.7.4 note / RFC 6191: a new SYN above the old sequence space reopens the pair.
            c.expireTimeWait(host.simulator().now());
            c = null;
        }
        if (c != null) {
            c.receive(packet);
            return;
        }
        if (h.hasFlag(TcpFlags.RST)) {
            return;
        }
        if (!synOnly) {
            sendReset(packet, List.of());
            return;
        }
        AcceptHandler handler = listeners.get(h.dstPort());
        SynVerdict verdict = interceptor == null ? SynVerdict.pass() : interceptor.onSyn(packet, handler != null);
        if (verdict instanceof SynVerdict.Accept accept) {
            openPassive(packet, keyOf(packet, h), accept.extension(), accept.listener(), null);
        } else if (verdict instanceof SynVerdict.Refuse refuse) {
            sendReset(packet, refuse.rstOptions());
        } else if (verdict instanceof SynVerdict.Pass) {
            if (handler != null) {
                openPassive(packet, keyOf(packet, h), null, null, handler);
            } else {
                sendReset(packet, List.of());
            }
        }
    }

    private void openPassive(Packet syn, FiveTuple key, TcpExtension extension, SocketListener listener,
            AcceptHandler handler) {
        TcpConnection c = new TcpConnection(this, key, true, isns.nextInt(), isns.nextInt(), extension);
        c.acceptHandler = handler;
        if (listener != null) {
            c.setListener(listener);
        }
        recent.clear();
        connections.put(key, c);
        if (!c.openPassive(syn)) {
            remove(c);
        }
    }

    /**
     * Answers a segment that has no connection (RFC 9293 §3.10.7.1): with an ACK field, RST with
     * that sequence number; otherwise RST/ACK acknowledging the segment. Never answers a RST.
     */
    private void sendReset(Packet in, List<TcpOption> options) {
        TcpHeader h = in.tcp();
        if (h.hasFlag(TcpFlags.RST)) {
            return;
        }
        TcpHeader out;
        if (h.hasFlag(TcpFlags.ACK)) {
            out = new TcpHeader(h.dstPort(), h.srcPort(), h.ack(), 0, TcpFlags.RST, 0, 0, options);
        } else {
            int segLen = in.payloadLength() + (h.hasFlag(TcpFlags.SYN) ? 1 : 0) + (h.hasFlag(TcpFlags.FIN) ? 1 : 0);
            out = new TcpHeader(h.dstPort(), h.srcPort(), 0, h.seq() + segLen, TcpFlags.RST | TcpFlags.ACK, 0, 0,
                    options);
        }
        resetsSent++;
        host.send(new Packet(replyHeader(in), out, Payload.empty()));
    }

    private IpHeader replyHeader(Packet in) {
        if (in.dst() instanceof Ipv4Address s && in.src() instanceof Ipv4Address d) {
            return Ipv4Header.tcp(s, d, config.ttl());
        }
        return Ipv6Header.tcp((Ipv6Address) in.dst(), (Ipv6Address) in.src(), config.ttl());
    }

    /** Retires connections whose TIME_WAIT has ended (also done on every packet and connect). */
    public void expireTimeWait() {
        long now = host.simulator().now();
        while (!timeWait.isEmpty() && timeWait.peekFirst().until() <= now) {
            TimeWaitEntry e = timeWait.pollFirst();
            TcpConnection c = e.connection();
            if (c.state() == TcpState.TIME_WAIT && c.timeWaitUntil == e.until()) {
                c.expireTimeWait(e.until());
            }
        }
    }

    void timeWait(TcpConnection c, long until) {
        c.timeWaitUntil = until;
        timeWait.addLast(new TimeWaitEntry(c, until));
    }

    void remove(TcpConnection c) {
        recent.clear();
        connections.remove(c.flow(), c);
    }

    /** The local-first 5-tuple of an arriving segment. */
    private static FiveTuple keyOf(Packet packet, TcpHeader h) {
        return new FiveTuple(packet.dst(), packet.src(), h.dstPort(), h.srcPort(), FiveTuple.TCP);
    }
}
