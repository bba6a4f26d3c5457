package org.mptcplab.app.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.trace.CongestionEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.TcpFlags;

/** Chart series against sums computed straight from the trace of the fixed scenario (two subflows carry data). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartsViewModelTest {
    private List<TraceEvent> trace;
    private PlaybackViewModel playback;
    private ChartsViewModel charts;

    @BeforeAll
    void record() throws Exception {
        RecordedRun run = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-fixed"), 5_000);
        trace = run.events();
        playback = new PlaybackViewModel();
        charts = new ChartsViewModel(playback);
        playback.load(run);
    }

    private Map<String, Long> receivedBytesPerSubflowUpTo(int cursor) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (TraceEvent e : trace.subList(0, cursor + 1)) {
            if (e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.RECEIVED && p.packet().payloadLength() > 0) {
                out.merge(FiveTuple.of(p.packet()).toString(), (long) p.packet().payloadLength(), Long::sum);
            }
        }
        return out;
    }

    private Map<String, Long> chartedBytes(List<ChartSeries> series) {
        Map<String, Long> out = new LinkedHashMap<>();
        series.forEach(s -> out.put(s.name(), (long) s.total()));
        return out;
    }

    @Test
    void beforeTheFirstEventEveryChartIsEmpty() {
        playback.reset();
        ChartsSnapshot s = charts.getSnapshot();
        assertThat(s.subflowThroughput()).allSatisfy(c -> assertThat(c.points()).isEmpty());
        assertThat(s.rsts().points()).isEmpty();
    }

    @Test
    void subflowThroughputBinsAddUpToThePayloadReceivedUpToTheCursor() {
        int middle = trace.size() / 2;
        playback.seek(middle);
        Map<String, Long> expected = receivedBytesPerSubflowUpTo(middle);
        Map<String, Long> charted = chartedBytes(charts.getSnapshot().subflowThroughput());
        charted.values().removeIf(v -> v == 0);
        assertThat(charted).isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void noBinLiesAfterTheCursorAndBinsAreContiguousFromZero() {
        int at = trace.size() / 3;
        playback.seek(at);
        ChartsSnapshot s = charts.getSnapshot();
        for (ChartSeries c : s.subflowThroughput()) {
            for (int i = 0; i < c.points().size(); i++) {
                assertThat(c.points().get(i).time()).isEqualTo(i * s.binWidth()).isLessThanOrEqualTo(s.cursorTime());
            }
        }
    }

    @Test
    void connectionThroughputIsTheSumOfItsSubflowsAndTheTwoSubflowsShareOneToken() {
        playback.seek(trace.size() - 1);
        ChartsSnapshot s = charts.getSnapshot();
        long subflowTotal = s.subflowThroughput().stream().mapToLong(c -> (long) c.total()).sum();
        long connectionTotal = s.connectionThroughput().stream().mapToLong(c -> (long) c.total()).sum();
        assertThat(connectionTotal).isEqualTo(subflowTotal);
        ChartSeries download = s.connectionThroughput().stream().filter(c -> c.name().startsWith("client token"))
                .findFirst().orElseThrow();
        long clientSubflows = s.subflowThroughput().stream().filter(c -> c.name().contains("> 192.0.2.1:")
                || c.name().contains("> 198.51.100.1:")).mapToLong(c -> (long) c.total()).sum();
        assertThat((long) download.total()).isEqualTo(clientSubflows).isGreaterThanOrEqualTo(10_000_000L);
    }

    @Test
    void cwndFollowsTheCongestionEventsUpToTheCursor() {
        playback.seek(trace.size() - 1);
        List<CongestionEvent> all = trace.stream().filter(CongestionEvent.class::isInstance)
                .map(CongestionEvent.class::cast).toList();
        assertThat(charts.getSnapshot().cwnd().stream().mapToInt(c -> c.points().size()).sum()).isEqualTo(all.size());
        CongestionEvent last = all.get(all.size() - 1);
        ChartSeries ofLast = charts.getSnapshot().cwnd().stream()
                .filter(c -> c.name().equals(last.node() + " " + last.flow())).findFirst().orElseThrow();
        assertThat(ofLast.points().get(ofLast.points().size() - 1).value()).isEqualTo((double) last.cwndBytes());
        playback.seek(trace.indexOf(all.get(0)) - 1);
        assertThat(charts.getSnapshot().cwnd()).allSatisfy(c -> assertThat(c.points()).isEmpty());
    }

    @Test
    void rstCountsMatchTheRstSegmentsSentUpToTheCursor() {
        for (int cursor : new int[] {trace.size() / 4, trace.size() - 1}) {
            playback.seek(cursor);
            long sent = trace.subList(0, cursor + 1).stream().filter(e -> e instanceof PacketEvent p
                    && p.kind() == PacketEvent.Kind.SENT && TcpFlags.has(p.packet().tcp().flags(), TcpFlags.RST)).count();
            assertThat((long) charts.getSnapshot().rsts().total()).isEqualTo(sent);
        }
    }

    @Test
    void stepBackShowsTheSameChartsAsTheFirstVisit() {
        playback.seek(1000);
        ChartsSnapshot first = charts.getSnapshot();
        playback.seek(5000);
        playback.seek(1000);
        assertThat(charts.getSnapshot()).isEqualTo(first);
    }

    @Test
    void binWidthIsOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ChartsIndex.niceWidth(7)).isEqualTo(10);
        assertThat(ChartsIndex.niceWidth(130)).isEqualTo(200);
        assertThat(ChartsIndex.niceWidth(4_000_000)).isEqualTo(5_000_000);
        assertThat(ChartsIndex.niceWidth(1)).isEqualTo(1);
    }
}
