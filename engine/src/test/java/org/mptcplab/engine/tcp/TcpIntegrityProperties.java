package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.mptcplab.engine.sim.Time;

/**
 * Whatever the network does (random loss, reordering and duplication in both directions), every byte
 * of both streams is delivered exactly once and in order, and both sides close.
 */
class TcpIntegrityProperties {

    @Property(tries = 250)
    void everyByteArrivesOnceAndInOrderDespiteLossReorderingAndDuplication(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 300_000) int upload,
            @ForAll @IntRange(min = 0, max = 100_000) int download,
            @ForAll @DoubleRange(min = 0, max = 0.15) double loss,
            @ForAll @DoubleRange(min = 0, max = 0.3) double reorder,
            @ForAll @DoubleRange(min = 0, max = 0.05) double duplicate,
            @ForAll boolean sack, @ForAll boolean timestamps, @ForAll boolean cubic) {
        TestWire w = new TestWire(seed).delay(Time.millis(5));
        for (TestWire.Direction d : new TestWire.Direction[] {w.toServer, w.toClient}) {
            d.loss = loss;
            d.reorder = reorder;
            d.duplicate = duplicate;
            d.record = false;
        }
        TcpConfig config = TcpConfig.defaults().toBuilder().sack(sack).timestamps(timestamps)
                .congestionControl(cubic ? CongestionControls.cubic() : CongestionControls.newReno())
                .synRetries(20).dataRetries(30).build();
        TcpStack client = new TcpStack(w.client, config);
        TcpStack server = new TcpStack(w.server, config);
        RecordingListener serverApp = new RecordingListener(w.sim::now) {
            @Override
            public void onConnected(StreamSocket s) {
                super.onConnected(s);
                s.write(download);
            }

            @Override
            public void onRemoteClosed(StreamSocket s) {
                super.onRemoteClosed(s);
                s.close();
            }
        };
        server.listen(80, s -> serverApp);
        RecordingListener clientApp = new RecordingListener(w.sim::now);
        StreamSocket socket = client.connect(null, w.server.address(), 80, clientApp);
        socket.write(upload);
        socket.close();

        w.runUntil(Time.seconds(3600));

        assertThat(serverApp.received).isEqualTo(upload);
        assertThat(clientApp.received).isEqualTo(download);
        assertThat(serverApp.intact()).isTrue();
        assertThat(clientApp.intact()).isTrue();
        assertThat(clientApp.events).containsExactly("connected", "remote-closed", "closed");
        assertThat(serverApp.events).containsExactly("connected", "remote-closed", "closed");
    }
}
