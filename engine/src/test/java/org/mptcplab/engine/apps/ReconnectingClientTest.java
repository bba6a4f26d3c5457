package org.mptcplab.engine.apps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpConnection;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.tcp.TestWire;

class ReconnectingClientTest {

    @Test
    void afterAResetTheClientReconnectsOnceTheDelayHasPassedAndCountsTheReset() {
        TestWire wire = new TestWire(9).delay(Time.millis(5)).rate(10_000_000L);
        wire.toClient.queueLimit = 20;
        TcpStack client = new TcpStack(wire.client, TcpConfig.defaults());
        TcpStack server = new TcpStack(wire.server, TcpConfig.defaults());
        BulkSender.serve(server, "push", 443, BulkSender.UNLIMITED, null);
        ReconnectingClient rc = new ReconnectingClient(client, "rc", wire.server.address(), 443, Time.millis(100));
        rc.start();
        wire.runUntil(Time.millis(500));
        long before = rc.bytesReceived();

        for (TcpConnection c : server.connections()) {
            c.abort();
        }
        wire.runUntil(Time.millis(700));

        assertThat(before).isPositive();
        assertThat(rc.resets()).isEqualTo(1);
        assertThat(rc.connections()).isEqualTo(2);
        assertThat(rc.bytesReceived()).isGreaterThan(before);
        assertThat(rc.report().intact()).isTrue();
        assertThat(server.connections()).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsRetriedUntilTheServerListens() {
        TestWire wire = new TestWire(9).delay(Time.millis(5)).rate(10_000_000L);
        TcpStack client = new TcpStack(wire.client, TcpConfig.defaults());
        TcpStack server = new TcpStack(wire.server, TcpConfig.defaults());
        ReconnectingClient rc = new ReconnectingClient(client, "rc", wire.server.address(), 443, Time.millis(50));
        rc.start();
        wire.runUntil(Time.millis(200));
        BulkSender.serve(server, "push", 443, 10_000, null);
        wire.runUntil(Time.seconds(1));

        assertThat(rc.resets()).isGreaterThanOrEqualTo(3);
        assertThat(rc.bytesReceived()).isEqualTo(10_000);
        rc.stop();
        assertThat(rc.report().intact()).isTrue();
    }
}
