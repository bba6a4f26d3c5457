package org.mptcplab.engine.mptcp;

import java.util.ArrayList;
import java.util.List;

/**
 * The subflows of one MPTCP connection whose windows are coupled by LIA (RFC 6356). Each member
 * reports its window and its latest smoothed RTT; alpha is recomputed from all of them when a
 * member grows, which is cheap for the handful of subflows a connection has.
 */
public final class CoupledGroup {
    private final List<Lia> members = new ArrayList<>();
    /** Scratch for {@link #alpha()}, called on every ACK of every member; resized with the group. */
    private long[] windows = new long[0];
    private long[] rtts = new long[0];

    /** A new member window, registered with this group. */
    public Lia newMember() {
        Lia lia = new Lia(this);
        members.add(lia);
        return lia;
    }

    /** Removes a member whose subflow is gone. */
    public void remove(Lia member) {
        members.remove(member);
    }

    /** Members in creation order. */
    public List<Lia> members() {
        return List.copyOf(members);
    }

    /** Sum of the members' windows in bytes. */
    public long totalCwnd() {
        long total = 0;
        for (Lia m : members) {
            total += m.cwnd();
        }
        return total;
    }

    /** Alpha of RFC 6356 §3 over the current members. */
    public double alpha() {
        if (windows.length != members.size()) {
            windows = new long[members.size()];
            rtts = new long[members.size()];
        }
        long[] w = windows;
        long[] r = rtts;
        for (int i = 0; i < w.length; i++) {
            w[i] = members.get(i).cwnd();
            r[i] = members.get(i).lastRtt();
        }
        return LiaMath.alpha(w, r);
    }
}
