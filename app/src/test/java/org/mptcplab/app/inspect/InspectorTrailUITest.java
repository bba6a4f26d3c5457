package org.mptcplab.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Both inspectors wired to a playback through {@link InspectorTrace}, as the run view wires them. */
class InspectorTrailUITest {
    private final FxRobot robot = new FxRobot();
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final PacketInspectorViewModel packets = new PacketInspectorViewModel();
    private List<TraceEvent> events;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        RecordedRun run = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-plain"), 5_000);
        events = run.events();
        FxToolkit.setupStage(s -> {
            HashDecisionView hashes = new HashDecisionView();
            InspectorTrace.attach(playback, packets, hashes);
            playback.load(run);
            playback.currentEventProperty().addListener((o, a, e) -> {
                if (e instanceof PacketEvent p) {
                    packets.show(p.packet());
                } else if (e instanceof HashDecision d) {
                    hashes.show(d);
                }
            });
            s.setScene(new Scene(new VBox(new PacketInspectorView(packets), hashes), 800, 700));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private boolean isJoin(TraceEvent e) {
        var p = e instanceof PacketEvent pe ? pe.packet() : e instanceof HashDecision d ? d.packet() : null;
        return p != null && p.tcp().options().stream().anyMatch(o -> o instanceof MpJoinSyn);
    }

    @Test
    void joinSynShowsItsTokenSourceAndItsHashDecisionShowsTheChangedFields() {
        Node trail = robot.lookup("#derivation-trail").query();
        assertThat(trail.isVisible()).isFalse();

        int join = 0;
        while (!(events.get(join) instanceof PacketEvent && isJoin(events.get(join)))) {
            join++;
        }
        int at = join;
        robot.interact(() -> playback.seek(at));
        assertThat(trail.isVisible()).isTrue();
        assertThat(robot.lookup("#derivation-trail .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("= token of the server key"));

        robot.interact(() -> playback.runToNext(e -> e instanceof HashDecision && isJoin(e)));
        String row = robot.lookup("#hash-join-vs-initial-subflow").queryAs(Label.class).getText();
        assertThat(row).contains("src ").contains("sport ").contains("(was ");
    }
}
