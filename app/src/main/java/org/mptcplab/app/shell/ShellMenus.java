package org.mptcplab.app.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.mptcplab.assets.Themes;

/** Builds the menu bar: File, View, Help. Items carry ids so tests and later views can find them. */
final class ShellMenus {

    private ShellMenus() {
    }

    static MenuBar create(ShellViewModel model, ShellActions actions, ReadOnlyBooleanProperty fullScreen,
            ObservableList<Path> recent) {
        MenuBar bar = new MenuBar(fileMenu(model, actions, recent), viewMenu(model, actions, fullScreen),
                helpMenu(actions));
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu fileMenu(ShellViewModel model, ShellActions actions, ObservableList<Path> recent) {
        MenuItem open = item("menu-file-open", "_Open scenario…");
        open.setDisable(!model.canOpenScenarioFiles());
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> actions.openFile());
        Menu recentMenu = menu("menu-file-recent", "Open _recent");
        fillRecent(recentMenu, recent, actions);
        recent.addListener((ListChangeListener<Path>) c -> fillRecent(recentMenu, recent, actions));
        MenuItem save = item("menu-file-save", "_Save");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> actions.save());
        MenuItem saveAs = item("menu-file-save-as", "Save _as…");
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> actions.saveAs());
        MenuItem edit = item("menu-file-edit", "_Edit scenario…");
        edit.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        edit.setOnAction(e -> actions.editScenario());
        MenuItem branch = item("menu-file-branch", "_Branch from here…");
        branch.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        branch.setOnAction(e -> actions.branchFromHere());
        MenuItem exportFigure = item("menu-file-export", "E_xport figure…");
        exportFigure.setAccelerator(KeyboardShortcuts.EXPORT_FIGURE);
        exportFigure.setOnAction(e -> actions.exportFigure());
        MenuItem exportPcap = item("menu-file-export-pcap", "Export _pcap…");
        exportPcap.setOnAction(e -> actions.exportPcap());
        MenuItem exportCsv = item("menu-file-export-csv", "Export events as _CSV…");
        exportCsv.setOnAction(e -> actions.exportCsv());
        MenuItem quit = item("menu-file-quit", "_Quit");
        quit.setAccelerator(KeyboardShortcuts.QUIT);
        quit.setOnAction(e -> actions.quit());
        return menu("menu-file", "_File", open, recentMenu, save, saveAs, new SeparatorMenuItem(), edit, branch,
                new SeparatorMenuItem(), exportFigure, exportPcap, exportCsv,
                new SeparatorMenuItem(), quit);
    }

    private static void fillRecent(Menu menu, List<Path> recent, ShellActions actions) {
        menu.getItems().clear();
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            // No mnemonic parsing: file names may contain underscores.
            MenuItem entry = new MenuItem((i + 1) + "  " + file);
            entry.setMnemonicParsing(false);
            entry.setId("menu-file-recent-" + i);
            entry.setOnAction(e -> actions.openRecent(file));
            menu.getItems().add(entry);
        }
        menu.setDisable(recent.isEmpty());
    }

    private static Menu viewMenu(ShellViewModel model, ShellActions actions, ReadOnlyBooleanProperty fullScreen) {
        Menu themes = menu("menu-view-theme", "_Theme");
        ToggleGroup group = new ToggleGroup();
        for (String name : Themes.names()) {
            RadioMenuItem choice = new RadioMenuItem(ThemeLabels.label(name));
            choice.setId("menu-theme-" + name);
            choice.setToggleGroup(group);
            choice.setSelected(name.equals(model.getTheme()));
            choice.setOnAction(e -> model.useTheme(name));
            themes.getItems().add(choice);
        }
        model.themeProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(((RadioMenuItem) t).getId().equals("menu-theme-" + now))));

        CheckMenuItem full = new CheckMenuItem("_Full screen");
        full.setId("menu-view-fullscreen");
        full.setAccelerator(KeyboardShortcuts.FULL_SCREEN);
        // Not bound: the menu skin toggles the item itself, which a bound property would refuse.
        full.setSelected(fullScreen.get());
        fullScreen.addListener((obs, was, now) -> full.setSelected(now));
        full.setOnAction(e -> actions.setFullScreen(full.isSelected()));
        MenuItem compare = item("menu-view-compare", "_Compare…");
        compare.setAccelerator(KeyboardShortcuts.COMPARE);
        compare.setOnAction(e -> actions.openCompare());
        MenuItem[] lessons = lessonsItems(actions);
        MenuItem[] zoom = zoomItems(actions);
        return menu("menu-view", "_View", themes, new SeparatorMenuItem(), zoom[0], zoom[1], zoom[2],
                new SeparatorMenuItem(), full, new SeparatorMenuItem(), compare,
                new SeparatorMenuItem(), lessons[0], lessons[1]);
    }

    /** View > Zoom in / out / reset: the topology and sequence diagrams' type, boxes and lines. */
    private static MenuItem[] zoomItems(ShellActions actions) {
        MenuItem in = item("menu-view-zoom-in", "Zoom _in diagrams");
        in.setAccelerator(KeyboardShortcuts.ZOOM_IN);
        in.setOnAction(e -> actions.zoomDiagrams(1));
        MenuItem out = item("menu-view-zoom-out", "Zoom _out diagrams");
        out.setAccelerator(KeyboardShortcuts.ZOOM_OUT);
        out.setOnAction(e -> actions.zoomDiagrams(-1));
        MenuItem reset = item("menu-view-zoom-reset", "_Reset zoom");
        reset.setAccelerator(KeyboardShortcuts.ZOOM_RESET);
        reset.setOnAction(e -> actions.zoomDiagrams(0));
        return new MenuItem[] {in, out, reset};
    }

    /** View > Lessons… and View > Presenter mode…: the lesson player (org.mptcplab.app.lesson). */
    private static MenuItem[] lessonsItems(ShellActions actions) {
        MenuItem player = item("menu-lessons-open", "_Lessons…");
        player.setAccelerator(KeyboardShortcuts.LESSONS);
        player.setOnAction(e -> actions.openLessons(false));
        MenuItem presenter = item("menu-lessons-presenter", "_Presenter mode…");
        presenter.setAccelerator(KeyboardShortcuts.PRESENTER);
        presenter.setOnAction(e -> actions.openLessons(true));
        return new MenuItem[] {player, presenter};
    }

    private static Menu helpMenu(ShellActions actions) {
        MenuItem keys = item("menu-help-shortcuts", "_Keyboard shortcuts");
        keys.setAccelerator(KeyboardShortcuts.SHOW_SHORTCUTS);
        keys.setOnAction(e -> actions.showKeyboardShortcuts());
        MenuItem about = item("menu-help-about", "_About MPTCP Lab");
        about.setOnAction(e -> actions.showAbout());
        return menu("menu-help", "_Help", keys, new SeparatorMenuItem(), about);
    }

    private static MenuItem item(String id, String text) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        return item;
    }

    private static Menu menu(String id, String text, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }
}
