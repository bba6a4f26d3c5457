package org.mptcplab.app.playback;

import java.util.function.Function;
import org.mptcplab.engine.apps.BulkReceiver;
import org.mptcplab.engine.apps.BulkSender;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * Hand-built runs shown until catalogue scenarios can be built: {@code client -- router -- server}
 * with one TCP upload. Replace with a scenario-backed {@link RunSource} once the scenario layer runs.
 */
public final class DemoRuns {
    /** The demo's id in the status bar. */
    public static final String DEMO_ID = "demo-tcp";
    private static final int PORT = 5001;

    private DemoRuns() {}

    /** A 20 kB TCP upload over a 100 Mbit/s access link and a 10 Mbit/s bottleneck, 2 s of simulated time. */
    public static RunSource clientRouterServer(long seed) {
        return clientRouterServer(seed, 20_000);
    }

    /** The same topology with an upload of {@code bytes}. */
    public static RunSource clientRouterServer(long seed, long bytes) {
        return new Demo(seed, bytes);
    }

    private record Demo(long seed, long bytes) implements RunSource {
        @Override
        public String id() {
            return DEMO_ID;
        }

        @Override
        public String title() {
            return "Demo: one TCP upload of " + bytes + " bytes, client - router - server";
        }

        @Override
        public TopologyModel topology() {
            return build(b -> TopologyModel.of(b.network));
        }

        @Override
        public RunSession open() {
            return build(b -> {
                TraceRecorder recorder = new TraceRecorder();
                b.network.trace().add(recorder);
                BulkReceiver.listen(b.serverTcp, "sink", PORT, bytes, r -> { });
                BulkSender.upload(b.clientTcp, "upload", b.server.localAddresses().get(0), PORT, bytes);
                return new EngineRunSession(b.simulator, recorder, Time.seconds(2));
            });
        }

        private <T> T build(Function<Built, T> then) {
            return then.apply(new Built(seed));
        }
    }

    /** The network of one demo run. */
    private static final class Built {
        final Simulator simulator;
        final Network network;
        final Host server;
        final TcpStack clientTcp;
        final TcpStack serverTcp;

        Built(long seed) {
            simulator = new Simulator(seed);
            network = new Network(simulator, new TraceBus());
            Host client = network.addHost("client");
            Router router = network.addRouter("router");
            server = network.addHost("server");
            Link access = network.connect(client, ip("10.0.1.1"), router, ip("10.0.1.2"),
                    LinkConfig.of(100_000_000L, Time.millis(5)));
            Link bottleneck = network.connect(router, ip("10.0.2.1"), server, ip("10.0.2.2"),
                    LinkConfig.of(10_000_000L, Time.millis(10)));
            client.routes().add(IpPrefix.parse("0.0.0.0/0"), access.a());
            router.routes().add(IpPrefix.parse("10.0.1.0/24"), access.b());
            router.routes().add(IpPrefix.parse("10.0.2.0/24"), bottleneck.a());
            server.routes().add(IpPrefix.parse("0.0.0.0/0"), bottleneck.b());
            clientTcp = new TcpStack(client, TcpConfig.defaults());
            serverTcp = new TcpStack(server, TcpConfig.defaults());
        }

        private static IpAddress ip(String text) {
            return IpAddress.parse(text);
        }
    }
}
