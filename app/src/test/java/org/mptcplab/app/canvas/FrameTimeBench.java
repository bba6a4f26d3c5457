package org.mptcplab.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mptcplab.app.diagram.fx.DiagramLook;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RunRecording;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpHeader;

/**
 * On-demand frame-time benchmark (not a unit test): plays a synthetic run that keeps exactly
 * {@value #IN_FLIGHT} packets in flight (data one way, ACKs the other, on two links) through the real
 * view-model and canvas, and prints the frame-interval statistics of {@link FrameTimeProbe}. Run under
 * Xvfb with the real Glass/GTK pipeline:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp app/target/mptcp-lab.jar:app/target/test-classes \
 *     org.mptcplab.app.canvas.FrameTimeBench [WARMUP_S MEASURE_S [APP_THEME [ZOOM]]]</pre>
 *
 * <p>APP_THEME (light, dark, high-contrast) and ZOOM set the window's diagram look, e.g. {@code 2 6
 * high-contrast 1.6} for presenter-mode drawing.
 */
public final class FrameTimeBench {
    static final int IN_FLIGHT = 1000;
    // Two links, both directions: four departures every SPACING, each 1 s in flight: 1000 in flight.
    private static final long DELAY = 1_000_000_000L;
    private static final long SPACING = 4 * DELAY / IN_FLIGHT;
    private static final int PACKETS = 4 * IN_FLIGHT;

    private FrameTimeBench() {}

    public static void main(String[] args) throws Exception {
        double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        double measureSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 6;
        String appTheme = args.length > 2 ? args[2] : "light";
        double zoom = args.length > 3 ? Double.parseDouble(args[3]) : 1;
        TopologyModel demo = DemoRuns.clientRouterServer(1).topology();
        List<TraceEvent> demoTrace = RunRecording.record(DemoRuns.clientRouterServer(1), 1000).events();
        List<LinkInfo> slow = demo.links().stream().map(l -> new LinkInfo(l.name(), l.a(), l.aIface(), l.b(),
                l.bIface(), l.rateBps(), DELAY)).toList();
        TopologyModel topology = new TopologyModel(demo.nodes(), slow);
        List<TraceEvent> trace = synthetic(topology, demoTrace);

        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            PlaybackViewModel vm = new PlaybackViewModel();
            vm.load(topology, trace);
            TopologyView view = new TopologyView(vm);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 720));
            DiagramLook.of(stage.getScene()).setTheme(DiagramLook.forAppTheme(appTheme));
            DiagramLook.of(stage.getScene()).setZoom(zoom);
            stage.show();
            // Start where the steady state begins: the first packets are about to arrive.
            vm.runToNext(e -> e.time() >= DELAY && e instanceof PacketEvent);
            vm.speedProperty().set(0.25);
            vm.play();
            FrameTimeProbe probe = new FrameTimeProbe(100_000);
            long[] markers = new long[2];
            AnimationTimer driver = new AnimationTimer() {
                private long last = -1;
                private long start = -1;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                    }
                    if (last >= 0) {
                        vm.tick(now - last);
                    }
                    last = now;
                    double t = (now - start) / 1e9;
                    if (t >= warmupSeconds && markers[1] == 0) {
                        probe.reset();
                        markers[1] = 1;
                    }
                    if (markers[1] == 1) {
                        markers[0] = Math.max(markers[0], vm.getState().inFlight().size());
                    }
                    if (t >= warmupSeconds + measureSeconds) {
                        stop();
                        probe.stop();
                        System.out.println("pipeline=" + com.sun.prism.GraphicsPipeline.getPipeline().getClass()
                                .getSimpleName());
                        System.out.println("look=" + appTheme + " zoom " + zoom);
                        System.out.println("packets in flight (max while measuring)=" + markers[0]
                                + ", markers drawn in last frame=" + view.drawnMarkerCount());
                        System.out.println("frame intervals: " + probe.stats());
                        stage.close();
                        Platform.exit();
                        done.countDown();
                    }
                }
            };
            driver.start();
            probe.start();
        });
        done.await();
    }

    /** Data one way and ACKs the other on every link, four departures every {@link #SPACING}, 1 s in flight each. */
    static List<TraceEvent> synthetic(TopologyModel topology, List<TraceEvent> demo) {
        Packet data = firstOf(demo, EventKind.DATA);
        Packet ack = firstOf(demo, EventKind.ACK);
        List<TraceEvent> out = new ArrayList<>();
        List<LinkInfo> links = topology.links();
        for (int i = 0; i < PACKETS; i++) {
            LinkInfo l = links.get(i % links.size());
            boolean forward = (i / links.size()) % 2 == 0;
            Packet p = renumber(forward ? data : ack, i);
            long t = (i / (2L * links.size())) * SPACING + i % (2L * links.size());
            String from = forward ? l.a() : l.b();
            String fromIf = forward ? l.aIface() : l.bIface();
            String to = forward ? l.b() : l.a();
            String toIf = forward ? l.bIface() : l.aIface();
            out.add(new PacketEvent(t, from, fromIf, PacketEvent.Kind.SENT, null, p));
            out.add(new PacketEvent(t + DELAY, to, toIf, PacketEvent.Kind.RECEIVED, null, p));
        }
        out.sort(java.util.Comparator.comparingLong(TraceEvent::time));
        return out;
    }

    private static Packet firstOf(List<TraceEvent> trace, EventKind kind) {
        return trace.stream().filter(e -> e instanceof PacketEvent p && EventKinds.of(p.packet()) == kind)
                .map(e -> ((PacketEvent) e).packet()).findFirst().orElseThrow();
    }

    private static Packet renumber(Packet p, int i) {
        TcpHeader h = p.tcp();
        return new Packet(p.ip(), new TcpHeader(h.srcPort(), h.dstPort(), h.seq() + i * 1460, h.ack(), h.flags(),
                h.window(), h.urgentPointer(), h.options()), p.payload());
    }
}
