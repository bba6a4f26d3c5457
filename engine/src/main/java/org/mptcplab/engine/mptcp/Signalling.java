package org.mptcplab.engine.mptcp;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.trace.AddAddrEvent.Action;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.RemoveAddr;

/**
 * Address signalling of one connection (RFC 8684 §3.4): ADD_ADDR out with its HMAC and, until the
 * echo arrives, retransmitted by timer or piggy-backed on every segment ({@link AddAddrMode}); ADD_ADDR
 * in, checked against its HMAC, echoed, and handed to the path manager within
 * {@code add_addr_accepted}; REMOVE_ADDR both ways.
 */
final class Signalling {
    private final MptcpConnection conn;
    private final MptcpConfig config;
    private final List<Outgoing> announced = new ArrayList<>();
    private final List<RemoteAddress> remote = new ArrayList<>();
    private final TreeMap<Integer, Integer> receptions = new TreeMap<>();
    private int accepted;

    /** An announcement and its retransmission timer. */
    private final class Outgoing {
        final Announcement announcement;
        final Timer timer;

        Outgoing(Announcement announcement) {
            this.announcement = announcement;
            this.timer = conn.simulator().newTimer(() -> onTimer(this));
        }
    }

    Signalling(MptcpConnection conn, MptcpConfig config) {
        this.conn = conn;
        this.config = config;
    }

    /** Addresses the peer advertised and this side accepted, in arrival order. */
    List<RemoteAddress> remoteAddresses() {
        return List.copyOf(remote);
    }

    /** The accepted remote address with {@code id}, or null. */
    RemoteAddress remoteAddress(int id) {
        for (RemoteAddress r : remote) {
            if (r.id() == id) {
                return r;
            }
        }
        return null;
    }

    /** The id of an accepted remote address equal to {@code address}, or -1. */
    int remoteId(IpAddress address) {
        for (RemoteAddress r : remote) {
            if (r.address().equals(address)) {
                return r.id();
            }
        }
        return -1;
    }

    /** Advertises a local address; a second call for the same address while it is pending does nothing. */
    void announce(IpAddress address, int port) {
        int id = conn.localAddressId(address);
        for (Outgoing o : announced) {
            if (o.announcement.addressId() == id && o.announcement.pending()) {
                return;
            }
        }
        OptionalInt p = port == 0 ? OptionalInt.empty() : OptionalInt.of(port);
        long hmac = MptcpCrypto.addAddrHmac(conn.localKey().key(), conn.remoteKey(), id, address, p);
        Outgoing o = new Outgoing(new Announcement(AddAddr.announce(id, address, p, hmac),
                config.addAddrMaxRetransmissions()));
        announced.add(o);
        transmit(o);
    }

    private void transmit(Outgoing o) {
        Subflow s = conn.signalSubflow();
        if (config.addAddrMode() == AddAddrMode.PIGGYBACK) {
            // Counted and traced per carrying segment, see piggyback(); this just makes one go out now.
            if (s != null) {
                s.requestAck();
            }
            return;
        }
        int attempt = o.announcement.transmitted();
        trace(attempt == 1 ? Action.SENT : Action.RETRANSMITTED, o.announcement, attempt);
        if (s != null) {
            s.queueSignal(o.announcement.option());
        }
        o.timer.rescheduleIn(Announcement.timeout(conn.largestRto(), config.addAddrTimeout()));
    }

    private void onTimer(Outgoing o) {
        switch (o.announcement.onTimeout()) {
            case RETRANSMIT -> transmit(o);
            case GIVE_UP -> trace(Action.GAVE_UP, o.announcement, o.announcement.transmissions());
            default -> {
                // echoed meanwhile
            }
        }
    }

    /** True in PIGGYBACK mode while an advertisement waits for its echo. */
    boolean piggybackPending() {
        if (config.addAddrMode() != AddAddrMode.PIGGYBACK) {
            return false;
        }
        for (Outgoing o : announced) {
            if (o.announcement.pending()) {
                return true;
            }
        }
        return false;
    }

    /**
     * PIGGYBACK mode: the ADD_ADDR to attach to the segment being built, counted as one more
     * transmission; null when none is pending (or in TIMER mode).
     */
    AddAddr piggyback() {
        if (config.addAddrMode() != AddAddrMode.PIGGYBACK) {
            return null;
        }
        for (Outgoing o : announced) {
            if (o.announcement.pending()) {
                int attempt = o.announcement.transmitted();
                trace(attempt == 1 ? Action.SENT : Action.RETRANSMITTED, o.announcement, attempt);
                return o.announcement.option();
            }
        }
        return null;
    }

    /** An ADD_ADDR (advertisement or echo) arrived on {@code subflow}. */
    void onAddAddr(Subflow subflow, AddAddr a) {
        int token = conn.token();
        if (a.echo()) {
            for (Outgoing o : announced) {
                if (o.announcement.onEcho(a)) {
                    o.timer.cancel();
                    trace(Action.ECHO_RECEIVED, o.announcement, o.announcement.transmissions());
                }
            }
            return;
        }
        long expected = MptcpCrypto.addAddrHmac(conn.remoteKey(), conn.localKey().key(), a.addressId(), a.address(),
                a.port());
        if (!conn.remoteKeyKnown() || a.truncatedHmac().getAsLong() != expected) {
            conn.trace().addAddr(token, Action.REJECTED, a.addressId(), a.address(), a.port(), 0);
            return;
        }
        int count = receptions.merge(a.addressId(), 1, Integer::sum);
        conn.trace().addAddr(token, Action.RECEIVED, a.addressId(), a.address(), a.port(), count);
        if (subflow.queueSignal(AddAddr.echoOf(a))) {
            conn.trace().addAddr(token, Action.ECHO_SENT, a.addressId(), a.address(), a.port(), count);
        }
        if (count > 1 || remoteId(a.address()) >= 0 || accepted >= config.addAddrAccepted()) {
            return;
        }
        accepted++;
        RemoteAddress r = new RemoteAddress(a.addressId(), a.address(), a.port());
        remote.add(r);
        conn.pathManager().addressAnnounced(conn.paths(), r);
    }

    /** A REMOVE_ADDR arrived: forget the addresses and close the subflows to them. */
    void onRemoveAddr(RemoveAddr r) {
        for (int id : r.addressIds()) {
            RemoteAddress gone = remoteAddress(id);
            if (gone != null) {
                remote.remove(gone);
            }
            receptions.remove(id);
            conn.paths().resetSubflowsTo(id);
            if (gone != null) {
                conn.pathManager().addressRemoved(conn.paths(), gone);
            }
        }
    }

    /** Withdraws a local address: stop advertising it, send REMOVE_ADDR, close subflows using it. */
    void withdraw(IpAddress address) {
        int id = conn.localAddressId(address);
        for (Outgoing o : announced) {
            if (o.announcement.addressId() == id) {
                o.timer.cancel();
            }
        }
        announced.removeIf(o -> o.announcement.addressId() == id);
        Subflow s = conn.signalSubflow();
        if (s != null) {
            s.queueSignal(RemoveAddr.of(id));
        }
        conn.paths().resetSubflowsFrom(id);
    }

    /** Cancels every timer (the connection is gone). */
    void shutdown() {
        for (Outgoing o : announced) {
            o.timer.cancel();
        }
    }

    private void trace(Action action, Announcement a, int attempt) {
        conn.trace().addAddr(conn.token(), action, a.addressId(), a.address(), a.port(), attempt);
    }
}
