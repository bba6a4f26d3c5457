package org.mptcplab.engine.apps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.tcp.TestWire;

class RequestResponseTest {

    @Test
    void eachRequestIsAnsweredBeforeTheNextOneIsSentAndLatencyIsAboutOneRtt() {
        TestWire wire = new TestWire(5).delay(Time.millis(10));
        TcpStack client = new TcpStack(wire.client, TcpConfig.defaults());
        TcpStack server = new TcpStack(wire.server, TcpConfig.defaults());
        RequestResponse.server(server, 8080, 100, 1000);
        RequestResponse rr = RequestResponse.client(client, "rr", wire.server.address(), 8080, 5, 100, 1000);
        wire.runUntil(Time.seconds(5));

        TransferReport r = rr.report();
        assertThat(r.completed()).isTrue();
        assertThat(r.bytes()).isEqualTo(5000);
        assertThat(r.intact()).isTrue();
        assertThat(rr.latencies()).hasSize(5).allSatisfy(l -> assertThat(l).isBetween(Time.millis(20), Time.millis(21)));
        assertThat(client.connections()).allMatch(c -> !c.isConnected());
    }
}
