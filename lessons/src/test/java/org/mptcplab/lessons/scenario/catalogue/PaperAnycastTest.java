package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.scenario.EventAction;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;

/**
 * Catalogue {@code paper-anycast}, the single-run form of the anycast experiment. Its 12 s at about
 * 3 Gbit/s take some 13 s of CPU, too long to run twice in a unit test: the file's parameters are
 * checked as written, and its first second is run for the trace, the captures and determinism. The
 * RST behaviour at both changes is the same mechanism {@link AnycastTcpTest} checks in full.
 */
class PaperAnycastTest {
    private static final long FIRST_SECOND = Time.seconds(1);
    @TempDir
    static Path pcaps;
    private static Scenario full;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        full = CatalogueRun.load("paper-anycast");
        Scenario cut = CatalogueRun.shortened(full, FIRST_SECOND);
        run = CatalogueRun.run(cut, cut.seed(), e -> e instanceof PacketEvent p && p.node().startsWith("s")
                && p.kind() == PacketEvent.Kind.SENT && p.packet().payloadLength() > 0 && p.time() > Time.millis(900),
                pcaps);
    }

    @Test
    void theFileDescribesTheTalksSetup() {
        assertThat(full.links()).extracting(l -> l.ab().rate()).contains(10_000_000_000L, 1_000_000_000L);
        assertThat(full.links().stream().filter(l -> l.a().node().startsWith("s")).map(LinkSpec::ab))
                .hasSize(3).allSatisfy(p -> assertThat(p.rate()).isEqualTo(1_000_000_000L));
        assertThat(full.events()).extracting(EventSpec::action, EventSpec::at, EventSpec::every).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventAction.WITHDRAW, Time.seconds(5), Time.seconds(10)),
                org.assertj.core.groups.Tuple.tuple(EventAction.ANNOUNCE, Time.seconds(10), Time.seconds(10)));
        assertThat(full.routing().anycast()).singleElement()
                .satisfies(a -> assertThat(a.servers()).containsExactly("s1", "s2", "s3"));
    }

    @Test
    void ecmpSpreadsTheClientsOverAllThreeServers() {
        assertThat(run.events(PacketEvent.class).stream().map(PacketEvent::node).distinct().sorted().toList())
                .containsExactly("s1", "s2", "s3");
        assertThat(run.summary.totalGoodputMbps()).isGreaterThan(500);
    }

    @Test
    void capturesDissectCleanly() throws Exception {
        PcapChecks.assertDissectClean(pcaps, List.of("client", "s1", "s2", "s3"));
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        assertThat(CatalogueRun.traceDigest(run.scenario, run.scenario.seed())).isEqualTo(run.traceDigest);
    }
}
