package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.gui.CapturePoint;
import org.mptcplab.app.export.gui.CompareExport;
import org.mptcplab.app.export.gui.ExportDialogModel;
import org.mptcplab.app.export.gui.ExportGui;
import org.mptcplab.app.export.gui.ExportPrompts;
import org.mptcplab.app.export.gui.ExportThreads;
import org.mptcplab.app.shell.FakeFileChooser;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The compare window's "Export figure…" button runs the export the shortcut runs. */
class CompareExportButtonUITest {
    private final FxRobot robot = new FxRobot();
    private final List<List<ExportView>> asked = new CopyOnWriteArrayList<>();
    private final FakeFileChooser chooser = new FakeFileChooser();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final CompareWindowFixture compare = new CompareWindowFixture();

    @Test
    void theButtonUsesTheExportShortcutsKeys() {
        assertThat(ExportFigureButton.EXPORT_KEYS).isEqualTo(CompareExport.SHORTCUT);
    }

    @Test
    void theButtonIsDisabledUntilAnExporterIsInstalledAndThenOpensTheCompareExport() throws Exception {
        CompareWindow window = compare.open("l4lb-mptcp-plain", "l4lb-mptcp-fixed");
        Button button = robot.lookup("#compare-export").queryButton();
        assertThat(button.getText()).isEqualTo("Export figure\u2026");
        assertThat(button.isDisabled()).isTrue();

        robot.interact(() -> CompareExport.install(gui(), window));
        assertThat(button.isDisabled()).isFalse();
        robot.clickOn("#compare-export");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors).isEmpty();
        assertThat(asked).singleElement().satisfies(views -> assertThat(views).startsWith(ExportView.COMPARE));
        assertThat(chooser.suggestedNames()).singleElement()
                .satisfies(name -> assertThat(name).startsWith("l4lb-mptcp-plain"));
    }

    /** An exporter whose dialog says "export" at once and whose chooser records the name, then cancels. */
    private ExportGui gui() {
        ExportPrompts prompts = new ExportPrompts() {
            @Override
            public boolean askExport(ExportDialogModel model) {
                asked.add(List.copyOf(model.views()));
                return true;
            }

            @Override
            public Optional<List<CapturePoint>> askCapturePoints(List<CapturePoint> points) {
                return Optional.empty();
            }
        };
        return new ExportGui(chooser, (t, msg) -> errors.add(msg), prompts, Optional::empty, "test",
                ExportThreads.fx());
    }
}
