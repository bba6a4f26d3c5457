package org.mptcplab.app.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * Reads the protocol story out of a trace: the n-th SYN and its hash decision and result, each
 * ADD_ADDR, the n-th MP_JOIN (sent, routed, answered, established or refused), the first RST, route
 * changes and completed transfers. Moments are numbered per run, not matched by 5-tuple, because two
 * runs of different scenarios allocate ports differently (an MP_JOIN uses one up).
 */
final class Story {
    private final List<TraceEvent> events;
    private final Set<String> clients = new TreeSet<>();
    private final List<StoryPoint> points = new ArrayList<>();
    // Hash maps here are only looked up, never iterated: their order cannot leak into the story.
    private final Map<FiveTuple, Integer> synByFlow = new HashMap<>();
    private final Map<FiveTuple, JoinTrack> joinByFlow = new HashMap<>();
    private final List<JoinTrack> joins = new ArrayList<>();
    private final Set<FiveTuple> synHashed = new HashSet<>();
    private final Set<FiveTuple> synDone = new HashSet<>();
    private final Map<Integer, String> tokenOwner = new TreeMap<>();
    private final List<Integer> routePoints = new ArrayList<>();
    private int addAddrs;
    private boolean rstSeen;
    private RouteChange lastRoute;

    private Story(List<TraceEvent> events) {
        this.events = events;
    }

    /** The story of {@code events}, in trace order. */
    static List<StoryPoint> of(List<TraceEvent> events) {
        Story s = new Story(events);
        for (TraceEvent e : events) {
            if (e instanceof AppEvent a && a.kind() == AppEvent.Kind.STARTED) {
                s.clients.add(a.node());
            }
        }
        for (int i = 0; i < events.size(); i++) {
            s.read(i, events.get(i));
        }
        s.finish();
        s.points.sort(Comparator.comparingInt(StoryPoint::index));
        return List.copyOf(s.points);
    }

    private void read(int i, TraceEvent e) {
        if (e instanceof PacketEvent p) {
            packet(i, p);
        } else if (e instanceof HashDecision d) {
            hash(i, d);
        } else if (e instanceof ConnectionEvent c) {
            connection(i, c);
        } else if (e instanceof SubflowEvent s) {
            subflow(i, s);
        } else if (e instanceof AddAddrEvent a && a.action() == AddAddrEvent.Action.SENT) {
            addAddrs++;
            add("addaddr-" + addAddrs, "ADD_ADDR #" + addAddrs + ": " + a.node() + " announces " + a.address(), i);
        } else if (e instanceof RouteChange r) {
            route(i, r);
        } else if (e instanceof AppEvent a && a.kind() == AppEvent.Kind.COMPLETED && clients.contains(a.node())) {
            add("app-done-" + a.app(), a.app() + " completes (" + a.bytes() + " bytes)", i);
        }
    }

    private void packet(int i, PacketEvent p) {
        Packet packet = p.packet();
        FiveTuple flow = FiveTuple.of(packet);
        int flags = packet.tcp().flags();
        if (p.kind() == PacketEvent.Kind.SENT && TcpFlags.has(flags, TcpFlags.RST) && !rstSeen) {
            rstSeen = true;
            add("first-rst", "first RST, sent by " + p.node(), i);
        }
        if (p.kind() == PacketEvent.Kind.SENT && clients.contains(p.node()) && TcpFlags.isSynOnly(flags)) {
            MpJoinSyn join = packet.tcp().find(MpJoinSyn.class).orElse(null);
            if (join != null && !joinByFlow.containsKey(flow)) {
                JoinTrack t = new JoinTrack(joins.size() + 1, flow, join.receiverToken());
                joins.add(t);
                joinByFlow.put(flow, t);
                add("join-sent-" + t.number, "MP_JOIN #" + t.number + " leaves " + p.node() + " for " + flow.dst(), i);
            } else if (join == null && !synByFlow.containsKey(flow)) {
                int n = synByFlow.size() + 1;
                synByFlow.put(flow, n);
                add("syn-sent-" + n, "SYN #" + n + " leaves " + p.node() + " for " + flow.dst(), i);
            }
            return;
        }
        JoinTrack t = joinByFlow.get(flow);
        if (t != null && p.kind() == PacketEvent.Kind.RECEIVED && TcpFlags.isSynOnly(flags) && t.arrivedAt == null) {
            t.arrivedAt = p.node();
            if (t.routedPoint < 0) {
                t.routedPoint = points.size();
                add("join-routed-" + t.number, "MP_JOIN #" + t.number + " reaches " + p.node() + " directly", i);
            }
        }
        JoinTrack reply = joinByFlow.get(flow.reversed());
        if (reply != null && p.kind() == PacketEvent.Kind.SENT && reply.answer == null
                && (TcpFlags.has(flags, TcpFlags.RST) || TcpFlags.isSynAck(flags))) {
            reply.answer = TcpFlags.has(flags, TcpFlags.RST) ? "RST" : "SYN/ACK";
            points.add(new StoryPoint("join-answer-" + reply.number,
                    p.node() + " answers MP_JOIN #" + reply.number + " with " + reply.answer, i, reply.answer,
                    reply.answer));
        }
    }

    private void hash(int i, HashDecision d) {
        if (d.packet() == null || !TcpFlags.isSynOnly(d.packet().tcp().flags())) {
            return;
        }
        JoinTrack t = joinByFlow.get(d.tuple());
        if (t != null && t.hashedBy == null) {
            t.hashedBy = d.node();
            t.chosen = d.chosen();
            t.routedPoint = points.size();
            add("join-routed-" + t.number, "MP_JOIN #" + t.number + " reaches " + d.node() + " (hash decision)", i);
        }
        Integer n = synByFlow.get(d.tuple());
        if (n != null && synHashed.add(d.tuple())) {
            add("syn-hashed-" + n, "SYN #" + n + " hashed by " + d.node(), i);
        }
    }

    private void connection(int i, ConnectionEvent c) {
        if (!clients.contains(c.node()) || !c.from().equals("SYN_SENT")) {
            return;
        }
        Integer n = synByFlow.get(c.flow());
        if (n != null && synDone.add(c.flow())) {
            boolean up = c.to().equals("ESTABLISHED");
            String what = up ? "established" : "refused";
            points.add(new StoryPoint("syn-result-" + n, "connection #" + n + " " + what, i, what, what));
        }
    }

    private void subflow(int i, SubflowEvent s) {
        if (!clients.contains(s.node())) {
            tokenOwner.putIfAbsent(s.localToken(), s.node());
            return;
        }
        JoinTrack t = joinByFlow.get(s.flow());
        boolean end = s.action() == SubflowEvent.Action.ESTABLISHED || s.action() == SubflowEvent.Action.REFUSED;
        if (t != null && end) {
            String what = s.action() == SubflowEvent.Action.ESTABLISHED ? "established" : "refused";
            points.add(new StoryPoint("join-result-" + t.number, "MP_JOIN #" + t.number + " subflow " + what, i,
                    what, what));
        }
    }

    private void route(int i, RouteChange r) {
        // A change reaches several nodes at one instant (the server and its router): one moment.
        boolean same = lastRoute != null && lastRoute.time() == r.time() && lastRoute.action() == r.action()
                && lastRoute.prefix().equals(r.prefix());
        lastRoute = r;
        if (!same) {
            int n = routePoints.size() + 1;
            routePoints.add(points.size());
            add("route-" + n, r.prefix() + " " + r.action().name().toLowerCase().replace('_', ' ') + " at " + r.node(),
                    i);
        }
    }

    private void add(String key, String label, int index) {
        points.add(new StoryPoint(key, label, index, null, ""));
    }

    private void finish() {
        for (JoinTrack t : joins) {
            if (t.routedPoint >= 0) {
                String owner = tokenOwner.get(t.token);
                points.set(t.routedPoint, points.get(t.routedPoint).withOutcome(t.outcome(owner), t.detail(owner)));
            }
        }
        for (int k = 0; k < routePoints.size(); k++) {
            int from = points.get(routePoints.get(k)).index();
            int to = k + 1 < routePoints.size() ? points.get(routePoints.get(k + 1)).index() : events.size();
            RouteAftermath after = RouteAftermath.count(events, clients, from, to);
            points.set(routePoints.get(k), points.get(routePoints.get(k)).withOutcome(after.outcome(), after.detail()));
        }
    }
}
