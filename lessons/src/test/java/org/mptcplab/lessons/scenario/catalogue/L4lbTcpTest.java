package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.TcpFlags;

/** Catalogue {@code l4lb-tcp}: plain TCP through a hash-based L4 load balancer with DSR works. */
class L4lbTcpTest {
    private static final IpAddress VIP = IpAddress.parse("1.2.3.4");
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("l4lb-tcp", e -> true, pcaps);
    }

    @Test
    void everyPacketOfTheFlowReachesTheSameServer() {
        List<String> receivers = run.events(PacketEvent.class).stream()
                .filter(e -> e.kind() == PacketEvent.Kind.RECEIVED && e.packet().dst().equals(VIP))
                .map(PacketEvent::node).distinct().toList();
        List<String> chosen = run.events(HashDecision.class).stream().map(HashDecision::chosen).distinct().toList();
        assertThat(run.events(HashDecision.class)).hasSizeGreaterThan(1000);
        assertThat(chosen).hasSize(1);
        assertThat(receivers).containsExactlyElementsOf(chosen);
    }

    @Test
    void theTransferCompletesIntact() {
        assertThat(run.events(AppEvent.class)).anySatisfy(e -> {
            assertThat(e.node()).isEqualTo("client");
            assertThat(e.kind()).isEqualTo(AppEvent.Kind.VERIFIED);
            assertThat(e.bytes()).isEqualTo(10_000_000L);
        });
        assertThat(run.summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.kind()).isEqualTo("tcp");
        });
    }

    @Test
    void noHostSendsAReset() {
        assertThat(run.events(PacketEvent.class)).noneMatch(e -> e.packet().hasFlag(TcpFlags.RST));
        assertThat(run.summary.rstSentAll()).isZero();
    }

    @Test
    void capturesDissectCleanly() throws Exception {
        PcapChecks.assertDissectClean(pcaps, List.of("client", "lb", "s1", "s2", "s3"));
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        assertThat(CatalogueRun.traceDigest(run.scenario, run.scenario.seed())).isEqualTo(run.traceDigest);
    }
}
