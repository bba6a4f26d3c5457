package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mptcplab.app.editor.BranchParameter;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.RunSummary;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the compare view headlessly on the two default pairs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompareViewUITest {
    private final FxRobot robot = new FxRobot();
    private CompareView view;
    private Stage stage;

    @BeforeAll
    void open() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            stage = s;
            view = new CompareView(ComparePair.builtIn("l4lb-mptcp-plain", "l4lb-mptcp-fixed"));
            s.setScene(new Scene(view, 1280, 800));
            s.show();
        });
        awaitLoaded("l4lb-mptcp-plain");
    }

    private void awaitLoaded(String leftId) throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model().loadingProperty().get()
                && model().modelProperty().get() != null && model().pairProperty().get().left().id().equals(leftId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @BeforeEach
    void reset() {
        // Windows other tests left open would take the robot's clicks.
        robot.interact(() -> {
            stage.toFront();
            model().reset();
        });
    }

    @AfterAll
    void close() throws TimeoutException {
        robot.interact(() -> view.close());
        FxToolkit.cleanupStages();
    }

    private CompareViewModel model() {
        return view.model();
    }

    private PlaybackViewModel left() {
        return model().left();
    }

    private PlaybackViewModel right() {
        return model().right();
    }

    private static boolean joinSyn(Packet p) {
        return p != null && p.tcp().find(MpJoinSyn.class).isPresent();
    }

    @Test
    void stepButtonsMoveBothSidesOnOneSharedPlayHead() {
        robot.clickOn("#compare-step");
        robot.clickOn("#compare-step");
        robot.clickOn("#compare-step");
        assertThat(model().stepProperty().get()).isEqualTo(3);
        // Each step applies one event on one side: three steps, three events in all.
        assertThat((left().getCursor() + 1) + (right().getCursor() + 1)).isEqualTo(3);
        assertThat(left().getCursor()).isNotNegative();
        assertThat(right().getCursor()).isNotNegative();
        robot.clickOn("#compare-step-back");
        assertThat((left().getCursor() + 1) + (right().getCursor() + 1)).isEqualTo(2);
    }

    @Test
    void nextMomentPutsBothSidesOnTheSameStoryAnchor() {
        CompareModel m = model().modelProperty().get();
        for (int k = 0; k < 4; k++) {
            robot.clickOn("#compare-next-moment");
            Anchor a = m.anchors().get(k);
            assertThat(left().getCursor()).as(a.label()).isEqualTo(a.leftIndex());
            assertThat(right().getCursor()).as(a.label()).isEqualTo(a.rightIndex());
        }
        assertThat(robot.lookup("#compare-moment").queryLabeled().getText()).contains(m.anchors().get(3).label());
    }

    @Test
    void arrowKeysDriveBothSides() {
        robot.clickOn("#compare-side-left");
        robot.type(KeyCode.RIGHT, 5);
        assertThat((left().getCursor() + 1) + (right().getCursor() + 1)).isEqualTo(5);
        robot.type(KeyCode.HOME);
        assertThat(left().getCursor()).isEqualTo(-1);
        assertThat(right().getCursor()).isEqualTo(-1);
    }

    @Test
    void l4lbMarkersSitOnTheJoinsHashDecisionAndItsArrivalWithTheFix() {
        List<TraceEvent> l = left().getEvents();
        List<TraceEvent> r = right().getEvents();
        int join = -1;
        for (int i = 0; i < l.size() && join < 0; i++) {
            if (l.get(i) instanceof HashDecision d && joinSyn(d.packet())) {
                join = i;
            }
        }
        int arrival = -1;
        for (int i = 0; i < r.size() && arrival < 0; i++) {
            if (r.get(i) instanceof PacketEvent p && p.kind() == PacketEvent.Kind.RECEIVED && joinSyn(p.packet())) {
                arrival = i;
            }
        }
        DivergenceMarker leftMarker = robot.lookup("#divergence-left").query();
        DivergenceMarker rightMarker = robot.lookup("#divergence-right").query();
        assertThat(leftMarker.markedIndex()).isEqualTo(join).isPositive();
        assertThat(rightMarker.markedIndex()).isEqualTo(arrival).isPositive();
        assertThat(leftMarker.isVisible()).isTrue();

        robot.clickOn("#divergence-left");
        assertThat(left().getCursor()).isEqualTo(join);
        assertThat(right().getCursor()).isEqualTo(arrival);
        assertThat(robot.lookup("#divergence-banner").queryLabeled().getText()).contains("MP_JOIN #1", "RST",
                "SYN/ACK");
    }

    @Test
    void badgesShowTheEnginesOwnCounts() throws Exception {
        RunSummary plain = summary("l4lb-mptcp-plain");
        RunSummary fixed = summary("l4lb-mptcp-fixed");
        assertThat(text("#badge-left-established")).startsWith("✔ " + plain.totalSubflowsEstablished() + " subflow");
        assertThat(text("#badge-left-refused")).isEqualTo("✘ " + plain.totalSubflowsRefused() + " refused");
        assertThat(text("#badge-left-rsts")).isEqualTo("RST × " + plain.rstSentAll());
        assertThat(text("#badge-right-established")).startsWith("✔ " + fixed.totalSubflowsEstablished() + " subflow");
        assertThat(text("#badge-right-refused")).isEqualTo("✘ " + fixed.totalSubflowsRefused() + " refused");
        assertThat(text("#badge-right-rsts")).isEqualTo("RST × " + fixed.rstSentAll());
        assertThat(text("#badge-left-goodput")).isEqualTo(String.format(Locale.ROOT, "%.1f Mbit/s",
                plain.totalGoodputMbps()));
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void theDialogOpensAOneParameterVariantWithTheSameSeed() throws TimeoutException {
        robot.clickOn("#compare-choose");
        robot.clickOn("#compare-kind-variant");
        robot.interact(() -> {
            robot.lookup("#compare-variant-id").<String>queryComboBox().setValue("l4lb-mptcp-plain");
            robot.lookup("#compare-variant-parameter").<BranchParameter>queryComboBox()
                    .setValue(BranchParameter.JOIN_PORT);
            robot.lookup("#compare-variant-value").<String>queryComboBox().getEditor().setText("40000");
        });
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !model().loadingProperty().get()
                && model().pairProperty().get().rightNote().contains("40000"));
        WaitForAsyncUtils.waitForFxEvents();
        ComparePair p = model().pairProperty().get();
        assertThat(p.left().id()).isEqualTo(p.right().id()).isEqualTo("l4lb-mptcp-plain");
        assertThat(((ScenarioRunSource) p.right()).seed()).isEqualTo(((ScenarioRunSource) p.left()).seed());
        assertThat(robot.lookup("#compare-title-right").queryLabeled().getText()).contains("MP_JOIN source port");
        // Port 40000 makes the JOIN hash to its connection's server: same hash decision moment, other outcome.
        DivergenceMarker rightMarker = robot.lookup("#divergence-right").query();
        assertThat(right().getEvents().get(rightMarker.markedIndex())).isInstanceOf(HashDecision.class);
        assertThat(robot.lookup("#divergence-banner").queryLabeled().getText()).contains("SYN/ACK", "RST");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anycastPresetMarksTheFirstWithdrawalOnBothSides() throws TimeoutException {
        ComboBox<String> presets = robot.lookup("#compare-presets").queryComboBox();
        robot.interact(() -> presets.getSelectionModel().select(1));
        // Runs last (see the class order): switching back to the first pair would cost another recording.
        awaitLoaded("anycast-tcp");
        DivergenceMarker leftMarker = robot.lookup("#divergence-left").query();
        DivergenceMarker rightMarker = robot.lookup("#divergence-right").query();
        assertThat(leftMarker.markedIndex()).isEqualTo(firstWithdrawal(left().getEvents())).isPositive();
        assertThat(rightMarker.markedIndex()).isEqualTo(firstWithdrawal(right().getEvents())).isPositive();
        robot.clickOn("#compare-to-divergence");
        assertThat(left().getCursor()).isEqualTo(leftMarker.markedIndex());
        assertThat(right().getCursor()).isEqualTo(rightMarker.markedIndex());
        assertThat(robot.lookup("#divergence-banner").queryLabeled().getText()).contains("withdrawn",
                "no RST follows");
    }

    private static int firstWithdrawal(List<TraceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof RouteChange c && c.action() == RouteChange.Action.WITHDRAWN) {
                return i;
            }
        }
        return -1;
    }

    private String text(String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static RunSummary summary(String id) throws Exception {
        Scenario s = ScenarioLoader.builtIn(id);
        return ScenarioRun.build(s, s.seed()).run();
    }
}
