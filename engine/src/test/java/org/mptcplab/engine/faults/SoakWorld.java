package org.mptcplab.engine.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.lb.EcmpSelector;
import org.mptcplab.engine.lb.HashInput;
import org.mptcplab.engine.lb.RouteAnnouncer;
import org.mptcplab.engine.mptcp.InKernelPathManager;
import org.mptcplab.engine.mptcp.LoadBalancingPathManager;
import org.mptcplab.engine.mptcp.MptcpConfig;
import org.mptcplab.engine.mptcp.MptcpStack;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * The soak's network, in batch mode (a trace bus with no sink): one client host, router r, servers
 * s1..s3 announcing 1.2.3.4/32 (hash-threshold ECMP over the 5-tuple), a server withdrawn for
 * {@code downFor} every {@code period}, servers in turn. Servers run MPTCP with the fix (flag C,
 * ADD_ADDR of their unique address, initial subflow closed) and accept plain TCP as well; half the
 * clients use TCP, half MPTCP, each opening short downloads one after another.
 */
final class SoakWorld {
    static final IpAddress ANYCAST = IpAddress.parse("1.2.3.4");
    private static final String[] NETS = {"5.6.7", "8.9.10", "11.12.13"};
    private static final int PORT = 80;

    private final SoakSetup setup;
    private final Simulator sim;
    private final List<TcpStack> tcpStacks = new ArrayList<>();
    private final List<MptcpStack> mptcpStacks = new ArrayList<>();
    private final List<ShortFlowClient> clients = new ArrayList<>();

    SoakWorld(SoakSetup setup) {
        this(setup, new TraceBus());
    }

    /** With a caller's trace bus, to explain a soak's figures; the soak itself attaches no sink. */
    SoakWorld(SoakSetup setup, TraceBus trace) {
        this.setup = setup;
        this.sim = new Simulator(setup.seed());
        Network net = new Network(sim, trace);
        TcpConfig tcp = TcpConfig.defaults().toBuilder().timeWait(setup.timeWait()).build();
        Host client = net.addHost("client");
        Router r = net.addRouter("r");
        Link cr = net.connect(client, IpAddress.parse("10.0.0.1"), r, IpAddress.parse("10.0.0.254"),
                LinkConfig.of(10_000_000_000L, Time.micros(250)).withQueueLimitPackets(1000));
        client.routes().add(IpPrefix.parse("0.0.0.0/0"), cr.a());
        r.routes().add(IpPrefix.parse("10.0.0.0/24"), cr.b());
        RouteAnnouncer announcer = new RouteAnnouncer(r, new IpPrefix(ANYCAST, 32), 0);
        announcer.useSelector(EcmpSelector.hashThreshold(r, HashInput.L4));
        for (int i = 0; i < NETS.length; i++) {
            String name = "s" + (i + 1);
            Host s = net.addHost(name);
            IpAddress unique = IpAddress.parse(NETS[i] + ".2");
            Link rs = net.connect(r, IpAddress.parse(NETS[i] + ".1"), s, unique,
                    LinkConfig.of(1_000_000_000L, Time.micros(250)).withQueueLimitPackets(1000));
            s.addLocalAddress(ANYCAST);
            s.routes().add(IpPrefix.parse("0.0.0.0/0"), rs.b());
            r.routes().add(IpPrefix.parse(NETS[i] + ".0/24"), rs.a());
            announcer.addSpeaker(name, new NextHop(rs.a(), unique));
            TcpStack st = new TcpStack(s, tcp);
            MptcpStack sm = new MptcpStack(st, MptcpConfig.defaults().toBuilder().allowJoinInitialAddrPort(false)
                    .build(), new LoadBalancingPathManager(unique, true));
            tcpStacks.add(st);
            mptcpStacks.add(sm);
            BulkSender.serve(sm, "serve", PORT, setup.flowBytes(), null);
        }
        TcpStack ct = new TcpStack(client, tcp);
        MptcpStack cm = new MptcpStack(ct, MptcpConfig.defaults(), InKernelPathManager.withoutEndpoints());
        tcpStacks.add(ct);
        mptcpStacks.add(cm);
        int total = setup.tcpClients() + setup.mptcpClients();
        IntSupplier ports = new IntSupplier() {
            private int next;

            @Override
            public int getAsInt() {
                int span = TcpStack.EPHEMERAL_HIGH - TcpStack.EPHEMERAL_LOW + 1;
                return TcpStack.EPHEMERAL_LOW + next++ % span;
            }
        };
        ShortFlowClient.Opener overTcp = (port, l) -> ct.connect(null, port, ANYCAST, PORT, l, null);
        ShortFlowClient.Opener overMptcp = (port, l) -> cm.connect(null, port, ANYCAST, PORT, l, 0);
        for (int i = 0; i < total; i++) {
            boolean tcpClient = i < setup.tcpClients();
            ShortFlowClient c = new ShortFlowClient(tcpClient ? ct : cm, tcpClient ? overTcp : overMptcp, ports,
                    setup.think());
            c.startAt(Time.millis(100) * i / total);
            clients.add(c);
        }
        int k = 0;
        for (long t = setup.period(); t < setup.duration(); t += setup.period(), k++) {
            String server = "s" + (k % NETS.length + 1);
            announcer.withdrawAt(server, t);
            announcer.announceAt(server, t + setup.downFor());
        }
    }

    Simulator simulator() {
        return sim;
    }

    /** Runs to {@code time} and describes the world then (heap not measured). */
    SoakSample runUntil(long time) {
        sim.runUntil(time);
        long opened = 0;
        long completed = 0;
        long resets = 0;
        long corrupt = 0;
        for (ShortFlowClient c : clients) {
            opened += c.opened();
            completed += c.completed();
            resets += c.resets();
            corrupt += c.corrupt();
        }
        int tcp = 0;
        for (TcpStack t : tcpStacks) {
            tcp += t.connections().size();
        }
        int mptcp = 0;
        for (MptcpStack m : mptcpStacks) {
            mptcp += m.connections().size();
        }
        return new SoakSample(sim.now(), sim.executedEvents(), opened, completed, resets, corrupt, tcp, mptcp,
                sim.pendingEvents(), -1);
    }

    List<TcpStack> tcpStacks() {
        return tcpStacks;
    }

    List<MptcpStack> mptcpStacks() {
        return mptcpStacks;
    }

    int clientCount() {
        return clients.size();
    }

    SoakSetup setup() {
        return setup;
    }
}
