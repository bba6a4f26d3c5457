package org.mptcplab.engine.tcp;

import java.util.List;
import java.util.function.Predicate;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/** A client and a server TCP stack on a {@link TestWire}, the server listening on port 80. */
final class TcpPair {
    static final int PORT = 80;
    final TestWire wire;
    final TcpStack client;
    final TcpStack server;
    final RecordingListener serverApp;
    final RecordingListener clientApp;

    TcpPair(TcpConfig clientConfig, TcpConfig serverConfig, long oneWayDelay) {
        wire = new TestWire(7).delay(oneWayDelay);
        client = new TcpStack(wire.client, clientConfig);
        server = new TcpStack(wire.server, serverConfig);
        serverApp = new RecordingListener(wire.sim::now);
        clientApp = new RecordingListener(wire.sim::now);
        server.listen(PORT, s -> serverApp);
    }

    TcpPair(TcpConfig config) {
        this(config, config, Time.millis(10));
    }

    TcpPair() {
        this(TcpConfig.defaults());
    }

    /** Opens the client connection (SYN sent, nothing run yet). */
    TcpConnection connect() {
        return (TcpConnection) client.connect(null, wire.server.address(), PORT, clientApp);
    }

    /** Opens the connection and runs until both sides are established. */
    TcpConnection established() {
        TcpConnection c = connect();
        run(Time.millis(100));
        return c;
    }

    /** The server side of the (only) connection. */
    TcpConnection serverConnection() {
        return server.connections().get(0);
    }

    void run(long duration) {
        wire.sim.runUntil(wire.sim.now() + duration);
    }

    List<Packet> clientSent() {
        return wire.toServer.sent;
    }

    List<Packet> serverSent() {
        return wire.toClient.sent;
    }

    /** Sent packets matching {@code p}. */
    static List<Packet> matching(List<Packet> packets, Predicate<Packet> p) {
        return packets.stream().filter(p).toList();
    }

    static boolean isData(Packet p) {
        return p.payloadLength() > 0;
    }

    static boolean isPureAck(Packet p) {
        return p.payloadLength() == 0 && p.tcp().flags() == TcpFlags.ACK;
    }
}
