package org.mptcplab.engine.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.TcpConfig;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.tcp.TestWire;
import org.mptcplab.engine.trace.AppEvent;

class BulkTransferTest {
    private final TestWire wire = new TestWire(11).delay(Time.millis(10)).rate(100_000_000L);
    private final TcpStack client = new TcpStack(wire.client, TcpConfig.defaults());
    private final TcpStack server = new TcpStack(wire.server, TcpConfig.defaults());
    private final List<AppEvent> events = new ArrayList<>();

    BulkTransferTest() {
        wire.trace.add(e -> {
            if (e instanceof AppEvent a) {
                events.add(a);
            }
        });
    }

    @Test
    void uploadOfAFixedSizeIsReceivedIntactAndBothSidesReportCompletion() {
        List<BulkReceiver> receivers = new ArrayList<>();
        BulkReceiver.listen(server, "sink", 5001, 2_000_000, receivers::add);
        BulkSender sender = BulkSender.upload(client, "upload", wire.server.address(), 5001, 2_000_000);
        wire.runUntil(Time.seconds(10));

        TransferReport received = receivers.get(0).report();
        assertThat(received.bytes()).isEqualTo(2_000_000);
        assertThat(received.intact()).isTrue();
        assertThat(received.completed()).isTrue();
        TransferReport sent = sender.report();
        assertThat(sent.bytes()).isEqualTo(2_000_000);
        assertThat(sent.connectedAt() - sent.startedAt()).isBetween(Time.millis(20), Time.millis(21));
        assertThat(sent.completed()).isTrue();
        assertThat(sent.goodputBps(wire.sim.now())).isBetween(1e6, 100e6);
        assertThat(events).extracting(AppEvent::kind).contains(AppEvent.Kind.STARTED, AppEvent.Kind.CONNECTED,
                AppEvent.Kind.COMPLETED, AppEvent.Kind.VERIFIED);
    }

    @Test
    void downloadFromAServingSenderIsReceivedIntact() {
        BulkSender.serve(server, "source", 5002, 500_000, null);
        BulkReceiver receiver = BulkReceiver.download(client, "fetch", wire.server.address(), 5002, 500_000);
        wire.runUntil(Time.seconds(10));

        TransferReport r = receiver.report();
        assertThat(r.bytes()).isEqualTo(500_000);
        assertThat(r.intact()).isTrue();
        assertThat(r.completedAt()).isGreaterThan(r.connectedAt());
        assertThat(client.connections()).allMatch(c -> !c.isConnected());
    }

    @Test
    void unlimitedSenderKeepsTheLinkBusyUntilTheRunEnds() {
        List<BulkReceiver> receivers = new ArrayList<>();
        BulkReceiver.listen(server, "sink", 5003, -1, receivers::add);
        BulkSender sender = BulkSender.upload(client, "flood", wire.server.address(), 5003, BulkSender.UNLIMITED);
        wire.runUntil(Time.seconds(5));

        TransferReport r = receivers.get(0).report();
        assertThat(r.completed()).isFalse();
        assertThat(r.goodputBps(wire.sim.now())).isBetween(80e6, 100e6);
        assertThat(sender.socket().isConnected()).isTrue();
    }
}
