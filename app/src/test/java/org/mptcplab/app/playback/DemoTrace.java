package org.mptcplab.app.playback;

import java.util.List;
import org.mptcplab.engine.trace.TraceEvent;

/** The demo run recorded once per test class (it is deterministic, so sharing it is safe). */
final class DemoTrace {
    static final RunSource SOURCE = DemoRuns.clientRouterServer(7);
    static final TopologyModel TOPOLOGY = SOURCE.topology();
    static final List<TraceEvent> EVENTS = RunRecording.record(SOURCE, 500).events();

    private DemoTrace() {}

    static PlaybackViewModel loaded() {
        PlaybackViewModel vm = new PlaybackViewModel();
        vm.load(TOPOLOGY, EVENTS);
        return vm;
    }
}
