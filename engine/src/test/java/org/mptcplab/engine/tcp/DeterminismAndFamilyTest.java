package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Ipv6Header;
import org.mptcplab.engine.wire.MaxSegmentSize;
import org.mptcplab.engine.wire.Packet;

class DeterminismAndFamilyTest {

    private static List<Packet> lossyTransfer(long seed) {
        TestWire w = new TestWire(seed).delay(Time.millis(3));
        w.toServer.loss = 0.05;
        w.toClient.reorder = 0.1;
        TcpStack client = new TcpStack(w.client, TcpConfig.defaults());
        TcpStack server = new TcpStack(w.server, TcpConfig.defaults());
        server.listen(80, s -> null);
        StreamSocket socket = client.connect(null, w.server.address(), 80, null);
        socket.write(200_000);
        w.runUntil(Time.seconds(20));
        return w.toServer.sent;
    }

    @Test
    void theSameSeedGivesTheSamePacketsAndAnotherSeedDoesNot() {
        List<Packet> first = lossyTransfer(42);
        List<Packet> again = lossyTransfer(42);
        List<Packet> other = lossyTransfer(43);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void ipv6ConnectionsUseIpv6HeadersAndA1440ByteMss() {
        TestWire w = new TestWire(1, 1500, IpAddress.parse("2001:db8::1"), IpAddress.parse("2001:db8::2"));
        TcpStack client = new TcpStack(w.client, TcpConfig.defaults());
        TcpStack server = new TcpStack(w.server, TcpConfig.defaults());
        long[] received = {0};
        server.listen(443, s -> new SocketListener() {
            @Override
            public void onData(StreamSocket socket, long offset, org.mptcplab.engine.wire.Payload data) {
                received[0] += data.length();
            }
        });
        TcpConnection c = (TcpConnection) client.connect(null, w.server.address(), 443, null);
        c.write(5000);
        w.runUntil(Time.seconds(1));

        assertThat(w.toServer.sent.get(0).ip()).isInstanceOf(Ipv6Header.class);
        assertThat(w.toServer.sent.get(0).tcp().find(MaxSegmentSize.class)).contains(new MaxSegmentSize(1440));
        assertThat(c.mss()).isEqualTo(1428);
        assertThat(received[0]).isEqualTo(5000);
    }
}
