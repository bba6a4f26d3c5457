package org.mptcplab.engine.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mptcplab.engine.apps.BulkReceiver;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.apps.ReconnectingClient;
import org.mptcplab.engine.apps.RequestResponse;
import org.mptcplab.engine.lb.LoadBalancer;
import org.mptcplab.engine.net.FaultRule;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.NetInterface;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Direction;
import org.mptcplab.engine.scenario.DropSpec;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.FaultSpec;
import org.mptcplab.engine.scenario.LinkDownSpec;
import org.mptcplab.engine.scenario.Protocol;
import org.mptcplab.engine.scenario.ReconnectingSpec;
import org.mptcplab.engine.scenario.RequestResponseSpec;
import org.mptcplab.engine.scenario.Topology;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.tcp.StreamTransport;

/** Schedules a scenario's applications, faults and timed events on a built network. */
final class Workloads {
    private final Network net;
    private final Topology topology;
    private final Map<String, Stacks.HostStacks> stacks;

    Workloads(Network net, Topology topology, Map<String, Stacks.HostStacks> stacks) {
        this.net = net;
        this.topology = topology;
        this.stacks = stacks;
    }

    /** Starts servers now and schedules clients; returns one record per client instance, in scenario order. */
    List<ClientApp> applications() {
        List<ClientApp> clients = new ArrayList<>();
        Simulator sim = net.simulator();
        for (AppSpec a : topology.scenario().applications()) {
            for (String server : topology.serversOf(a.to())) {
                serve(a, stacks.get(server).server());
            }
            Stacks.HostStacks own = stacks.get(a.from());
            StreamTransport base = a.protocol() == Protocol.MPTCP ? own.mptcp() : own.tcp();
            if (a instanceof BulkSpec b && (b.sourcePort() != 0 || b.joinSourcePort() != 0)) {
                base = new PinnedPortTransport(own, a.protocol() == Protocol.MPTCP, b.sourcePort(),
                        b.joinSourcePort());
            }
            if (a instanceof ReconnectingSpec r) {
                for (int k = 0; k < r.count(); k++) {
                    ClientApp c = new ClientApp(r.name() + "#" + k, r.from(), false, Long.MAX_VALUE);
                    StreamTransport t = new RecordingTransport(base, c.sockets());
                    ReconnectingClient client = new ReconnectingClient(t, c.name(), r.to(), r.port(),
                            r.reconnectDelay());
                    sim.scheduleAt(r.start() + k * r.stagger(), () -> {
                        client.start();
                        c.started(client::report);
                    });
                    clients.add(c);
                }
                continue;
            }
            long deadline = a instanceof BulkSpec b && b.duration() > 0 ? b.start() + b.duration() : Long.MAX_VALUE;
            ClientApp c = new ClientApp(a.name(), a.from(), true, deadline);
            StreamTransport t = new RecordingTransport(base, c.sockets());
            sim.scheduleAt(a.start(), () -> startClient(a, t, c));
            if (deadline != Long.MAX_VALUE) {
                sim.scheduleAt(deadline, c::freeze);
            }
            clients.add(c);
        }
        return clients;
    }

    private static void serve(AppSpec a, StreamTransport t) {
        if (a instanceof BulkSpec b) {
            if (b.direction() == Direction.DOWNLOAD) {
                BulkSender.serve(t, b.name(), b.port(), b.bytes() > 0 ? b.bytes() : BulkSender.UNLIMITED, null);
            } else {
                BulkReceiver.listen(t, b.name(), b.port(), b.bytes() > 0 ? b.bytes() : -1, null);
            }
        } else if (a instanceof RequestResponseSpec r) {
            RequestResponse.server(t, r.port(), r.requestSize(), r.responseSize());
        } else {
            BulkSender.serve(t, a.name(), a.port(), BulkSender.UNLIMITED, null);
        }
    }

    private static void startClient(AppSpec a, StreamTransport t, ClientApp c) {
        if (a instanceof BulkSpec b) {
            long size = b.bytes() > 0 ? b.bytes() : BulkSender.UNLIMITED;
            if (b.direction() == Direction.DOWNLOAD) {
                BulkReceiver r = BulkReceiver.download(t, b.name(), b.to(), b.port(), b.bytes() > 0 ? b.bytes() : -1);
                c.started(r::report);
            } else {
                BulkSender s = BulkSender.upload(t, b.name(), b.to(), b.port(), size);
                c.started(s::report);
            }
        } else if (a instanceof RequestResponseSpec r) {
            RequestResponse client = RequestResponse.client(t, r.name(), r.to(), r.port(), r.requests(),
                    r.requestSize(), r.responseSize());
            c.started(client::report);
        }
    }

    /** Attaches drop rules and schedules link outages. */
    void faults() {
        for (FaultSpec f : topology.scenario().faults()) {
            if (f instanceof DropSpec d) {
                FaultRule rule = FaultRule.dropBurst(d.match().toPacketMatch(), d.n(), d.count());
                if (d.link() != null) {
                    Link l = net.link(d.link());
                    if (d.from() != null) {
                        l.from(net.node(d.from())).addFault(rule);
                    } else {
                        // One rule object on both directions: "the n-th matching packet on this link".
                        l.ab().addFault(rule);
                        l.ba().addFault(rule);
                    }
                } else {
                    // One rule object on every interface: "the n-th matching packet arriving at this node".
                    for (NetInterface i : net.node(d.node()).interfaces()) {
                        i.addInboundFault(rule);
                    }
                }
            } else if (f instanceof LinkDownSpec l) {
                Link link = net.link(l.link());
                net.simulator().scheduleAt(l.from(), () -> link.setUp(false));
                net.simulator().scheduleAt(l.until(), () -> link.setUp(true));
            }
        }
    }

    /** Schedules every occurrence of every timed event. */
    void events(Routes routes) {
        for (EventSpec e : topology.scenario().events()) {
            for (long k = 0; k < e.occurrences(); k++) {
                long at = e.at() + k * e.every();
                switch (e.action()) {
                    case WITHDRAW -> routes.announcer(e.node(), e.prefix()).withdrawAt(e.server(), at);
                    case ANNOUNCE -> routes.announcer(e.node(), e.prefix()).announceAt(e.server(), at);
                    case REMOVE_BACKEND -> ((LoadBalancer) net.node(e.node())).scheduleRemoval(e.server(), at);
                    case ADD_BACKEND -> ((LoadBalancer) net.node(e.node())).scheduleRestore(e.server(), at);
                }
            }
        }
    }
}
