package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.compare.CompareViewModel;
import org.mptcplab.app.compare.CompareWindow;
import org.mptcplab.app.compare.CompareWindowFixture;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.shell.FakeFileChooser;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The export shortcut in a compare window offers the compare figure and exports the pair. */
class CompareExportUITest {
    private final FxRobot robot = new FxRobot();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> status = new CopyOnWriteArrayList<>();
    @TempDir
    Path dir;
    @RegisterExtension
    final CompareWindowFixture compare = new CompareWindowFixture();

    @Test
    void theShortcutInACompareWindowExportsTheCompareFigureAtTheLeftStep() throws Exception {
        CompareWindow window = compare.open("l4lb-mptcp-plain", "l4lb-mptcp-fixed");
        CompareViewModel m = window.view().model();
        robot.interact(() -> m.seek(Math.min(6, m.sizeProperty().get() - 1)));
        int leftStep = m.left().getCursor();
        FakeFileChooser chooser = new FakeFileChooser();
        ExportGui gui = new ExportGui(chooser, (t, msg) -> errors.add(msg), new FxExportPrompts(window::stage),
                Optional::empty, "test", ExportThreads.fx());
        gui.setOnStatus(status::add);
        robot.interact(() -> CompareExport.install(gui, window));
        chooser.then(dir.resolve("pair.svg"));

        robot.interact(() -> window.stage().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-ok");
        // The file is written in the background; the status line says when it is done.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !errors.isEmpty()
                || status.stream().anyMatch(l -> l.startsWith("Exported")));

        assertThat(errors).isEmpty();
        ExportMetadata meta = ExportMetadata.read(dir.resolve("pair.svg")).orElseThrow();
        assertThat(meta.view()).isEqualTo(ExportView.COMPARE);
        assertThat(meta.scenarioId()).isEqualTo("l4lb-mptcp-plain");
        assertThat(meta.step()).isEqualTo(leftStep);
    }
}
