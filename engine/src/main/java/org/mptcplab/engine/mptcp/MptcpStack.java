package org.mptcplab.engine.mptcp;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.sim.RandomStream;
import org.mptcplab.engine.tcp.AcceptHandler;
import org.mptcplab.engine.tcp.SocketListener;
import org.mptcplab.engine.tcp.StreamTransport;
import org.mptcplab.engine.tcp.SynVerdict;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.SubflowEvent.Action;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpTcpRst;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.Packet;

/**
 * The MPTCP layer of one host, on top of its {@link TcpStack}: the host's token table, keys drawn
 * from the random stream {@code mptcp:<host>:keys} by the configured {@link KeyPolicy}, MP_JOIN nonces from
 * {@code mptcp:<host>:nonces}, listeners, and the {@link org.mptcplab.engine.tcp.SynInterceptor}
 * that claims MP_CAPABLE SYNs for MPTCP listeners and routes MP_JOIN SYNs by token (refusing an
 * unknown token with RST + MP_TCPRST, RFC 8684 §3.2 and §3.6). A SYN without MPTCP options to a
 * listening port gets a plain TCP socket (the peer does not speak MPTCP, or a middlebox stripped
 * the option): the same {@link AcceptHandler} sees it.
 */
public final class MptcpStack implements StreamTransport {
    private final TcpStack tcp;
    private final MptcpConfig config;
    private final PathManager pathManager;
    private final KeyGenerator keys;
    private final RandomStream nonces;
    private final TokenTable<MptcpConnection> tokens = new TokenTable<>();
    private final TreeMap<Integer, AcceptHandler> listeners = new TreeMap<>();
    private final MptcpTrace trace;
    private long joinsRefused;

    /** MPTCP on {@code tcp}'s host; installs itself as the stack's SYN interceptor. */
    public MptcpStack(TcpStack tcp, MptcpConfig config, PathManager pathManager) {
        this.tcp = Objects.requireNonNull(tcp, "tcp");
        this.config = Objects.requireNonNull(config, "config");
        this.pathManager = Objects.requireNonNull(pathManager, "pathManager");
        IpEndpoint host = tcp.host();
        this.keys = new KeyGenerator(host.simulator().random().stream("mptcp:" + host.name() + ":keys"),
                config.keyPolicy());
        this.nonces = host.simulator().random().stream("mptcp:" + host.name() + ":nonces");
        this.trace = new MptcpTrace(host);
        tcp.setSynInterceptor(this::onSyn);
    }

    /** Creates a TCP stack on {@code host} and MPTCP on top of it. */
    public static MptcpStack install(IpEndpoint host, TcpConfig tcpConfig, MptcpConfig config, PathManager pm) {
        return new MptcpStack(new TcpStack(host, tcpConfig), config, pm);
    }

    /** The TCP stack underneath. */
    public TcpStack tcp() {
        return tcp;
    }

    @Override
    public IpEndpoint host() {
        return tcp.host();
    }

    /** MPTCP settings. */
    public MptcpConfig config() {
        return config;
    }

    /** The host's path manager. */
    public PathManager pathManager() {
        return pathManager;
    }

    @Override
    public void listen(int port, AcceptHandler handler) {
        Objects.requireNonNull(handler, "handler");
        listeners.put(port, handler);
        tcp.listen(port, handler);
    }

    @Override
    public void unlisten(int port) {
        listeners.remove(port);
        tcp.unlisten(port);
    }

    @Override
    public MptcpConnection connect(IpAddress localAddress, IpAddress remoteAddress, int remotePort,
            SocketListener listener) {
        return connect(localAddress, 0, remoteAddress, remotePort, listener, 0);
    }

    /**
     * Active open with chosen source ports, as a teaching "what if": another source port gives the
     * initial subflow, or the JOIN, another 5-tuple and so another load-balancer hash.
     *
     * @param localPort      source port of the initial subflow, or 0 for an ephemeral one
     * @param joinSourcePort source port of the connection's first MP_JOIN subflow, or 0 for an ephemeral one
     * @throws IllegalStateException when the initial subflow's 5-tuple is in use
     */
    public MptcpConnection connect(IpAddress localAddress, int localPort, IpAddress remoteAddress, int remotePort,
            SocketListener listener, int joinSourcePort) {
        MptcpConnection c = new MptcpConnection(this, false, keys.next(tokens::contains));
        c.setListener(listener);
        c.paths().pinJoinSourcePort(joinSourcePort);
        Subflow s = c.newSubflow(true, true, 0, 0);
        tokens.put(c.token(), c);
        c.setInitialFlow(tcp.connect(localAddress, localPort, remoteAddress, remotePort, s, s).flow());
        return c;
    }

    /** Open MPTCP connections (fallen-back ones excluded), ordered by token. */
    public List<MptcpConnection> connections() {
        return tokens.values();
    }

    /** The connection with local token {@code token}, or null. */
    public MptcpConnection connection(int token) {
        return tokens.get(token);
    }

    /** MP_JOIN SYNs this host refused. */
    public long joinsRefused() {
        return joinsRefused;
    }

    /** Keys thrown away because their token collided with one in use. */
    public long tokenCollisions() {
        return keys.collisions();
    }

    /** Address id of a local address: its position in the host's address list, from 1. */
    public int addressId(IpAddress address) {
        int i = host().localAddresses().indexOf(address);
        return i < 0 ? 0xFF : Math.min(i + 1, 0xFE);
    }

    MptcpTrace trace() {
        return trace;
    }

    int nonce() {
        return nonces.nextInt();
    }

    void unregister(MptcpConnection c) {
        tokens.remove(c.token(), c);
    }

    private SynVerdict onSyn(Packet syn, boolean listening) {
        MpJoinSyn join = syn.tcp().find(MpJoinSyn.class).orElse(null);
        if (join != null) {
            MptcpConnection c = tokens.get(join.receiverToken());
            SynVerdict verdict;
            if (c == null) {
                String reason = "unknown token " + MptcpTrace.hex(join.receiverToken());
                trace.subflow(join.receiverToken(), FiveTuple.of(syn).reversed(), Action.REFUSED, reason);
                verdict = new SynVerdict.Refuse(List.of(new MpTcpRst(0, MptcpConstants.RST_MPTCP_ERROR)), reason);
            } else {
                verdict = c.paths().acceptJoin(syn, join);
            }
            if (verdict instanceof SynVerdict.Refuse) {
                joinsRefused++;
            }
            return verdict;
        }
        AcceptHandler handler = listeners.get(syn.dstPort());
        if (handler == null || syn.tcp().find(MpCapableSyn.class).isEmpty()) {
            return SynVerdict.pass();
        }
        MptcpConnection c = new MptcpConnection(this, true, keys.next(tokens::contains));
        c.acceptHandler = handler;
        c.setInitialFlow(FiveTuple.of(syn).reversed());
        tokens.put(c.token(), c);
        Subflow s = c.newSubflow(true, false, 0, 0);
        return new SynVerdict.Accept(s, s);
    }
}
