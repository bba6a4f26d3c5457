package org.mptcplab.engine.mptcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.tcp.SynVerdict;
import org.mptcplab.engine.tcp.TcpConnection;
import org.mptcplab.engine.tcp.TcpState;
import org.mptcplab.engine.trace.SubflowEvent.Action;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpTcpRst;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.Packet;

/**
 * The {@link PathContext} of one connection: carries out path-manager decisions and enforces the
 * rules around them, on both sides: {@code ip mptcp limits subflows}, no second subflow on the same
 * addresses and port, never a JOIN to the address and port banned by flag C (RFC 8684 §3.1), and on
 * a server configured with {@code allow_join_initial_addr_port=0}, no JOIN accepted there either.
 */
public final class PathControl implements PathContext {
    private final MptcpConnection conn;
    /** Source port for the next MP_JOIN this side opens; 0 leaves the choice to the ephemeral range. */
    private int joinSourcePort;

    PathControl(MptcpConnection conn) {
        this.conn = conn;
    }

    /** Makes the next MP_JOIN subflow leave from {@code port} (0: an ephemeral port, the default). */
    void pinJoinSourcePort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        joinSourcePort = port;
    }

    @Override
    public boolean isServer() {
        return conn.isPassive();
    }

    @Override
    public FiveTuple initialFlow() {
        return conn.initialFlow();
    }

    @Override
    public boolean joinToInitialAllowed() {
        return !conn.keys().peerBansInitial();
    }

    @Override
    public List<IpAddress> localAddresses() {
        return conn.stack().host().localAddresses();
    }

    @Override
    public List<RemoteAddress> remoteAddresses() {
        return conn.signalling().remoteAddresses();
    }

    @Override
    public List<SubflowInfo> subflows() {
        List<SubflowInfo> out = new ArrayList<>();
        for (Subflow s : conn.subflowList()) {
            if (s.alive() && s.tcp() != null) {
                out.add(s.info());
            }
        }
        return out;
    }

    /** Additional (MP_JOIN) subflows opening or established. */
    int additionalSubflows() {
        int n = 0;
        for (Subflow s : conn.subflowList()) {
            if (!s.initial && s.alive()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean openSubflow(IpAddress local, IpAddress remote, int port, boolean backup) {
        if (!conn.dataPhase() || !conn.remoteKeyKnown() || !localAddresses().contains(local)
                || local.version() != remote.version()) {
            return false;
        }
        FiveTuple initial = conn.initialFlow();
        if (conn.keys().peerBansInitial() && remote.equals(initial.dst()) && port == initial.dstPort()) {
            return false;
        }
        if (additionalSubflows() >= conn.stack().config().maxSubflows()) {
            return false;
        }
        for (SubflowInfo s : subflows()) {
            if (s.flow().src().equals(local) && s.flow().dst().equals(remote) && s.flow().dstPort() == port) {
                return false;
            }
        }
        int srcPort = joinSourcePort;
        if (srcPort != 0 && portTaken(new FiveTuple(local, remote, srcPort, port, FiveTuple.TCP))) {
            return false;
        }
        Subflow s = conn.newSubflow(false, true, conn.stack().nonce(), org.mptcplab.engine.crypto.MptcpCrypto
                .token(conn.remoteKey()));
        s.localBackup = backup;
        s.localId = conn.localAddressId(local);
        s.remoteId = Math.max(0, conn.signalling().remoteId(remote));
        joinSourcePort = 0;
        conn.stack().tcp().connect(local, srcPort, remote, port, s, s);
        return true;
    }

    /** True when a pinned JOIN port would reuse the 5-tuple of a live connection (TIME_WAIT may be reused). */
    private boolean portTaken(FiveTuple flow) {
        TcpConnection c = conn.stack().tcp().connection(flow);
        return c != null && c.state() != TcpState.TIME_WAIT;
    }

    /** Decides about an MP_JOIN SYN for this connection (server side). */
    SynVerdict acceptJoin(Packet syn, MpJoinSyn join) {
        FiveTuple flow = FiveTuple.of(syn).reversed();
        String refusal = null;
        int reason = MptcpConstants.RST_ADMIN_PROHIBITED;
        if (!conn.dataPhase() || !conn.remoteKeyKnown()) {
            refusal = "connection " + MptcpTrace.hex(conn.token()) + " is not accepting subflows";
            reason = MptcpConstants.RST_MPTCP_ERROR;
        } else if (!conn.stack().config().allowJoinInitialAddrPort() && flow.src().equals(conn.initialFlow().src())
                && flow.srcPort() == conn.initialFlow().srcPort()) {
            refusal = "JOIN to the initial address and port, banned by flag C";
        } else if (additionalSubflows() >= conn.stack().config().maxSubflows()) {
            refusal = "subflow limit " + conn.stack().config().maxSubflows() + " reached";
        }
        if (refusal != null) {
            conn.trace().subflow(conn.token(), flow, Action.REFUSED, refusal);
            return new SynVerdict.Refuse(List.of(new MpTcpRst(0, reason)), refusal);
        }
        Subflow s = conn.newSubflow(false, false, conn.stack().nonce(), 0);
        s.remoteNonce = join.senderNonce();
        s.peerBackup = join.backup();
        s.remoteId = join.addressId();
        s.localId = conn.localAddressId(flow.src());
        return new SynVerdict.Accept(s, s);
    }

    @Override
    public void announce(IpAddress address, int port) {
        if (conn.dataPhase() && conn.remoteKeyKnown() && localAddresses().contains(address)) {
            conn.signalling().announce(address, port);
        }
    }

    @Override
    public void withdraw(IpAddress address) {
        if (conn.dataPhase()) {
            conn.signalling().withdraw(address);
        }
    }

    @Override
    public void setBackup(int subflowId, boolean backup) {
        Subflow s = conn.subflowList().get(subflowId);
        if (s.alive() && s.tcp() != null) {
            s.setLocalBackup(backup);
            conn.kick();
        }
    }

    @Override
    public void closeSubflow(int subflowId) {
        Subflow s = conn.subflowList().get(subflowId);
        s.close();
        conn.kick();
    }

    /** Resets the subflows whose remote address id is {@code id} (REMOVE_ADDR received). */
    void resetSubflowsTo(int id) {
        for (Subflow s : conn.subflowList()) {
            if (!s.initial && s.remoteId == id && !s.gone()) {
                s.reset(MptcpConstants.RST_UNSPECIFIED, "address " + id + " removed by the peer");
            }
        }
    }

    /** Resets the subflows whose local address id is {@code id} (address withdrawn here). */
    void resetSubflowsFrom(int id) {
        for (Subflow s : conn.subflowList()) {
            if (!s.initial && s.localId == id && !s.gone()) {
                s.reset(MptcpConstants.RST_UNSPECIFIED, "local address " + id + " withdrawn");
            }
        }
    }
}
