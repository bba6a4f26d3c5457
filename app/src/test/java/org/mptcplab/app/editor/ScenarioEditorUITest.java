package org.mptcplab.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoader;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor driven by keyboard and mouse: select, edit, refusal in place, Ctrl+Z / Ctrl+Shift+Z. */
class ScenarioEditorUITest {
    private final FxRobot robot = new FxRobot();
    private Scenario original;
    private ScenarioEditorViewModel model;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        original = ScenarioLoader.builtIn("l4lb-mptcp-fixed");
        model = new ScenarioEditorViewModel(original);
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new ScenarioEditorView(model), 900, 640));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private long rate(Scenario s) {
        return s.links().get(0).ab().rate();
    }

    private void replaceText(String fieldId, String text) {
        TextField field = robot.lookup(fieldId).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void invalidRateIsRefusedInPlaceThenAValidOneAppliesAndCtrlZUndoesIt() {
        robot.clickOn("client-r1 (link)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-rate").queryAs(TextField.class).getText()).isEqualTo("1Gbps");

        replaceText("#field-rate", "fast");

        Label error = robot.lookup("#error-rate").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("bad rate \"fast\"");
        assertThat(model.getScenario()).isSameAs(original);

        replaceText("#field-rate", "2Gbps");

        assertThat(rate(model.getScenario())).isEqualTo(2_000_000_000L);
        assertThat(robot.lookup("#error-rate").queryAs(Label.class).isVisible()).isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getScenario()).isEqualTo(original);
        assertThat(robot.lookup("#field-rate").queryAs(TextField.class).getText()).isEqualTo("1Gbps");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rate(model.getScenario())).isEqualTo(2_000_000_000L);
    }

    @Test
    void checkBoxSetsTheCFlagAndTheUndoButtonRevertsIt() {
        robot.clickOn("s1 (host)");
        CheckBox allow = robot.lookup("#field-mptcp-allowJoinInitialAddrPort").queryAs(CheckBox.class);
        assertThat(allow.isSelected()).isFalse();

        robot.clickOn(allow);

        assertThat(((HostSpec) model.getScenario().node("s1").orElseThrow()).mptcp().allowJoinInitialAddrPort())
                .isTrue();
        robot.clickOn("#editor-undo");
        assertThat(model.getScenario()).isEqualTo(original);
        assertThat(robot.lookup("#field-mptcp-allowJoinInitialAddrPort").queryAs(CheckBox.class).isSelected())
                .isFalse();
        assertThat(robot.lookup("#editor-undo").queryButton().isDisabled()).isTrue();
    }

    @Test
    void addBackendButtonAddsAServerToTheList() {
        robot.clickOn("lb (loadBalancer)");

        robot.clickOn("#editor-add-backend");

        assertThat(model.backends()).containsExactly("s1", "s2", "s3", "s4");
        assertThat(model.elements()).extracting(EditorElement::name).contains("s4");
    }
}
