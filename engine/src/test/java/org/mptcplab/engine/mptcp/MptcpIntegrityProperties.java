package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.sim.Time;

/**
 * Integrity of the MPTCP byte stream (issue E2): whatever the seed, random loss on every link,
 * reordering and duplication by the middlebox, 2 to 4 subflows, direction, checksums, coupling and
 * ADD_ADDR mode, every byte reaches the application exactly once and in order. Each case moves
 * 200 KB, so the whole property runs in seconds.
 */
class MptcpIntegrityProperties {
    private static final long SIZE = 200_000;

    @Property(tries = 200)
    void everyByteArrivesOnceAndInOrder(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int subflows,
            @ForAll @DoubleRange(min = 0, max = 0.02) double loss,
            @ForAll @DoubleRange(min = 0, max = 0.3) double reorder,
            @ForAll @DoubleRange(min = 0, max = 0.05) double duplicate, @ForAll boolean upload,
            @ForAll boolean checksums, @ForAll boolean coupled, @ForAll boolean piggyback) {
        Lab lab = new Lab(seed, LinkConfig.of(50_000_000L, Time.millis(2)).withLoss(loss), false);
        lab.mb.reorderProbability = reorder;
        lab.mb.maxExtraDelay = Time.millis(3);
        lab.mb.duplicateProbability = duplicate;
        MptcpConfig config = MptcpConfig.defaults().toBuilder().maxSubflows(subflows - 1).checksums(checksums)
                .coupling(coupled ? Coupling.LIA : Coupling.UNCOUPLED)
                .addAddrMode(piggyback ? AddAddrMode.PIGGYBACK : AddAddrMode.TIMER).build();
        MptcpStack client = lab.mptcp(lab.client, config, new FullMeshPathManager(List.of()));
        MptcpStack server = lab.mptcp(lab.server, config, new InKernelPathManager(List.of(Endpoint.signal(Lab.S2))));
        List<Sink> accepted = new ArrayList<>();
        Sink local = new Sink();
        server.listen(Lab.PORT, sock -> {
            Sink sink = (Sink) Sink.accepting(accepted).onAccept(sock);
            if (!upload) {
                sock.write(SIZE);
                sock.close();
            }
            return sink;
        });
        MptcpConnection c = client.connect(Lab.C1, Lab.S1, Lab.PORT, local);
        if (upload) {
            c.write(SIZE);
            c.close();
        }
        lab.runFor(Time.seconds(60));
        Sink receiver = upload ? accepted.get(0) : local;
        assertThat(receiver.verifier.error()).isEmpty();
        assertThat(receiver.received).isEqualTo(SIZE);
        assertThat(receiver.events).noneMatch(e -> e.startsWith("reset"));
    }
}
