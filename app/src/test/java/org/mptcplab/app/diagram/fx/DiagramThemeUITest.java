package org.mptcplab.app.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.canvas.TopologyView;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.ScreenTheme;
import org.mptcplab.app.lesson.LessonWindow;
import org.mptcplab.app.lesson.ProgressStore;
import org.mptcplab.app.sequence.SequenceChartView;
import org.mptcplab.app.shell.MptcpLabApplication;
import org.mptcplab.assets.Themes;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram views follow the app theme chosen in the View menu, View &gt; Zoom, and presenter mode. */
class DiagramThemeUITest {
    private final FxRobot robot = new FxRobot();
    private Application application;
    private LessonWindow lessons;

    @BeforeAll
    static void keepToolkitAlive() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @AfterEach
    void close() throws TimeoutException {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        if (lessons != null) {
            robot.interact(() -> lessons.workspace().close());
            robot.interact(() -> lessons.setPresenter(false));
            robot.interact(() -> lessons.stage().close());
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void choosingAThemeInTheViewMenuRepaintsBothDiagramsInItsPalette() throws Exception {
        openRun();
        assertPalette(DiagramTheme.LIGHT);

        chooseTheme(Themes.DARK);
        assertPalette(DiagramTheme.DARK);

        chooseTheme(Themes.HIGH_CONTRAST);
        assertPalette(ScreenTheme.HIGH_CONTRAST);
        Diagram seq = WaitForAsyncUtils.asyncFx(() -> sequence().diagram()).get();
        assertThat(seq.groups("header").get(0).children()).filteredOn(m -> m instanceof Mark.Text)
                .allMatch(m -> ((Mark.Text) m).colour().equals(ScreenTheme.HIGH_CONTRAST.foreground()));
    }

    @Test
    void ctrlEqualsZoomsTheDiagramsAndCtrlZeroResetsThem() throws Exception {
        openRun();
        double nameSize = nodeNameSize();

        robot.clickOn("#topology-view");
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(topology().look().getZoom()).isEqualTo(DiagramLook.STEP);
        assertThat(sequence().look().getZoom()).isEqualTo(DiagramLook.STEP);
        assertThat(nodeNameSize()).isCloseTo(nameSize * DiagramLook.STEP, within(1e-9));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(topology().look().getZoom()).isEqualTo(1);
        assertThat(nodeNameSize()).isEqualTo(nameSize);
    }

    @Test
    void presenterModeGivesTheLessonDiagramsHighContrastAndPresenterZoom(@TempDir Path progress) throws Exception {
        FxToolkit.setupFixture(() -> {
            lessons = new LessonWindow(new Stage(), new ProgressStore(progress), "ada", Themes.LIGHT, url -> false,
                    url -> { }, Runnable::run);
            lessons.openLesson("join-breaks-behind-lb");
            lessons.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TopologyView view = (TopologyView) lessons.stage().getScene().lookup("#topology-view");
        SequenceChartView chart = (SequenceChartView) lessons.stage().getScene().lookup("#sequence-chart");
        assertThat(view.look().getTheme()).isEqualTo(DiagramTheme.LIGHT);

        robot.interact(() -> lessons.setPresenter(true));

        for (DiagramLook look : new DiagramLook[] {view.look(), chart.look()}) {
            assertThat(look.getTheme()).isEqualTo(ScreenTheme.HIGH_CONTRAST);
            assertThat(look.getZoom()).isEqualTo(DiagramLook.PRESENTER_ZOOM);
        }
        Diagram d = WaitForAsyncUtils.asyncFx(view::diagram).get();
        assertThat(((Mark.Rect) d.marks().get(0)).fill()).isEqualTo(ScreenTheme.HIGH_CONTRAST.background());

        robot.interact(() -> lessons.setPresenter(false));

        assertThat(view.look().getTheme()).isEqualTo(DiagramTheme.LIGHT);
        assertThat(view.look().getZoom()).isEqualTo(1);
    }

    /** The real application, its first catalogue scenario opened in the Run view. */
    private void openRun() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(MptcpLabApplication.class);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scenario-list").type(KeyCode.HOME).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#topology-view").tryQuery().isPresent());
        // The view appears before the run has loaded its topology; the palette checks need the nodes.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !WaitForAsyncUtils.asyncFx(() -> topology().diagram()).get().groups("node").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseTheme(String name) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
        Menu themes = (Menu) view.getItems().stream().filter(m -> "menu-view-theme".equals(m.getId())).findFirst()
                .orElseThrow();
        MenuItem item = themes.getItems().stream().filter(m -> ("menu-theme-" + name).equals(m.getId())).findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertPalette(DiagramPalette p) throws Exception {
        Diagram topo = WaitForAsyncUtils.asyncFx(() -> topology().diagram()).get();
        Diagram seq = WaitForAsyncUtils.asyncFx(() -> sequence().diagram()).get();
        assertThat(((Mark.Rect) topo.marks().get(0)).fill()).as("topology page").isEqualTo(p.background());
        assertThat(((Mark.Rect) seq.marks().get(0)).fill()).as("sequence page").isEqualTo(p.background());
        assertThat(topo.groups("node")).isNotEmpty().allMatch(g -> ((Mark.Text) g.children().get(1)).colour()
                .equals(p.foreground()));
    }

    private double nodeNameSize() throws Exception {
        Diagram topo = WaitForAsyncUtils.asyncFx(() -> topology().diagram()).get();
        return ((Mark.Text) topo.groups("node").get(0).children().get(1)).size();
    }

    private TopologyView topology() {
        return (TopologyView) (Node) robot.lookup("#topology-view").query();
    }

    private SequenceChartView sequence() {
        return (SequenceChartView) (Node) robot.lookup("#sequence-chart").query();
    }
}
