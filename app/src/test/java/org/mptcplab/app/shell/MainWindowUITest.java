package org.mptcplab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mptcplab.app.AppInfo;
import org.testfx.api.FxRobot;

/** Drives the real application class headlessly (Monocle) through its menus and keyboard. */
class MainWindowUITest {

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final ApplicationFixture app = new ApplicationFixture("--scenario=l4lb-mptcp-plain");

    @Test
    void windowIsTitledMptcpLabAtTheDefaultSize() {
        assertThat(app.stage().isShowing()).isTrue();
        assertThat(app.stage().getTitle()).isEqualTo("MPTCP Lab");
        assertThat(app.stage().getScene().getWidth()).isLessThanOrEqualTo(MainWindow.DEFAULT_WIDTH).isGreaterThan(700);
        assertThat(app.stage().getMinWidth()).isEqualTo(MainWindow.MIN_WIDTH);
    }

    @Test
    void menuBarOffersFileViewAndHelp() {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);

        assertThat(bar.getMenus()).extracting(Menu::getText).extracting(MainWindowUITest::withoutMnemonic)
                .containsExactly("File", "View", "Help");
    }

    @Test
    void aboutDialogShowsTheVersionAndThePaper() {
        robot.clickOn(labeled("Help")).clickOn(labeled("About MPTCP Lab"));

        Labeled version = robot.lookup("#about-version").queryLabeled();
        assertThat(version.getText()).isEqualTo("Version " + AppInfo.version());
        assertThat(robot.lookup("#about-reference").queryLabeled().getText()).contains("ICNP 2017");
        robot.clickOn(labeled("Close"));
        assertThat(robot.lookup("#about-version").tryQuery()).isEmpty();
    }

    @Test
    void keyboardShortcutsDialogListsQuit() {
        robot.clickOn(labeled("Help")).clickOn(labeled("Keyboard shortcuts"));

        assertThat(robot.lookup(".shortcut-action").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Quit MPTCP Lab", "Show this list of keyboard shortcuts");
        robot.clickOn(labeled("Close"));
    }

    @Test
    void scenarioFromTheCommandLineIsSelectedAndTheStatusSaysHowToRunIt() {
        assertThat(statusText()).isEqualTo("Scenario 'l4lb-mptcp-plain' selected; press Enter to run it.");
    }

    @Test
    void enterOnAScenarioOpensIt() {
        robot.clickOn(labeled("l4lb-tcp")).type(KeyCode.ENTER);

        assertThat(statusText()).startsWith("Running 'l4lb-tcp'");
        assertThat(robot.lookup("#run-view").tryQuery()).isPresent();
        robot.clickOn("#scenarios-button");
    }

    @Test
    void openScenarioFileIsEnabled() {
        MenuItem open = MainWindowFixture.menuItem("menu-file", "menu-file-open");
        assertThat(open.isDisable()).isFalse();
        assertThat(withoutMnemonic(open.getText())).isEqualTo("Open scenario…");
    }

    @Test
    void viewMenuSwitchesToTheHighContrastTheme() {
        // Via "Light": a diagonal move would cross the items below "Theme" and close the submenu.
        robot.clickOn(labeled("View")).moveTo(labeled("Theme")).moveTo(labeled("Light"))
                .clickOn(labeled("High contrast"));

        Labeled title = robot.lookup(".welcome-title").queryLabeled();
        assertThat(title.getTextFill()).isEqualTo(Color.web("#ffd400"));
        assertThat(statusText()).isEqualTo("Theme: High contrast.");
    }

    @Test
    void quitClosesTheWindow() {
        robot.clickOn(labeled("File")).clickOn(labeled("Quit"));

        assertThat(app.stage().isShowing()).isFalse();
    }

    private String statusText() {
        return robot.lookup("#status-message").queryLabeled().getText();
    }

    private static Predicate<Node> labeled(String text) {
        // Menus leave detached popup content behind; only nodes in a showing window can be clicked.
        return node -> node instanceof Labeled labeled && node.isVisible() && node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()
                && text.equals(withoutMnemonic(labeled.getText()));
    }

    private static String withoutMnemonic(String text) {
        return text == null ? null : text.replace("_", "");
    }
}
